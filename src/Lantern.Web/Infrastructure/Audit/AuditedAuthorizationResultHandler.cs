using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Lantern.Web.Infrastructure.Audit;

/// <summary>Records every request refused for want of a permission, then answers as usual.</summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            // The route template, not the path: a path can carry a secret (a survey link) or a search.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.GetEndpoint()?.DisplayName;
            var permissions = string.Join(',', policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission.ToString()));
            await context.RequestServices.GetRequiredService<AuditLog>()
                .RecordAsync(AuditAction.PermissionDenied, "Endpoint", route, permissions.Length > 0 ? permissions : null, context.RequestAborted);
        }

        await answer.HandleAsync(next, context, policy, authorizeResult);
    }
}
