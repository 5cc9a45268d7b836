using Lantern.Web.Features.Admin.Api;

namespace Lantern.Web.Features.Admin;

/// <summary>Administration: people and their roles (pages and commands) and the audit trail (pages and API).</summary>
public static class AdminSetup
{
    public static void MapAdmin(this IEndpointRouteBuilder app) => app.MapAudit();
}
