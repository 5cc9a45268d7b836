using System.Globalization;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Features.Admin.Api;

public static class AuditApi
{
    public static readonly IReadOnlyList<string> ExportHeader =
        ["id", "at", "channel", "user_id", "user_email", "token_id", "address", "action", "entity_type", "entity_id", "fields", "detail", "hash"];

    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit trail");

        api.MapGet("/", async ([AsParameters] AuditParameters parameters, LanternDbContext db, AuditLog audit, CancellationToken ct) =>
            {
                // Reading the trail shows who did what from where: that reading is itself recorded.
                await audit.RecordAsync(AuditAction.Read, "AuditTrail", cancellationToken: ct);
                return await AuditQuery.SearchAsync(db, parameters.Filter, PageRequest.Of(parameters.Page, parameters.PageSize), ct);
            })
            .RequirePermission(Resource.Audit, Operation.Read)
            .WithName("SearchAudit")
            .WithSummary("Audit records, newest first, filtered by date, action, entity and account, a page at a time.");

        api.MapGet("/verify", async (LanternDbContext db, CancellationToken ct) => await AuditChain.VerifyAsync(db, ct))
            .RequirePermission(Resource.Audit, Operation.Read)
            .WithName("VerifyAudit")
            .WithSummary("Checks the hash chain of the whole trail; names the first record that was removed or altered.");

        app.MapGet("/admin/audit/export.csv", ([AsParameters] AuditParameters parameters, LanternDbContext db) =>
                Results.Stream(stream => TableExport.WriteCsvAsync(stream, ExportHeader, AuditQuery.StreamAsync(db, parameters.Filter).Select(Row)),
                    "text/csv; charset=utf-8", $"lantern-audit-{DateTime.UtcNow:yyyyMMdd}.csv"))
            .RequirePermission(Resource.Audit, Operation.Export)
            .Audited(AuditAction.Export, "AuditTrail")
            .ExcludeFromDescription();
    }

    private static IReadOnlyList<string?> Row(AuditLine line) =>
    [
        line.Id.ToString(CultureInfo.InvariantCulture), line.At.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture), line.Channel.ToString(),
        line.UserId, line.UserEmail, line.TokenId?.ToString(CultureInfo.InvariantCulture), line.Address, line.Action.ToString(),
        line.EntityType, line.EntityId, line.Fields, line.Detail, line.Hash,
    ];
}

/// <summary>The query string of the audit API, the export and the page.</summary>
public sealed record AuditParameters(DateOnly? From, DateOnly? To, AuditAction? Action, string? EntityType, string? EntityId, string? UserId, int? Page, int? PageSize)
{
    public AuditFilter Filter => new(From, To, Action, EntityType, EntityId, UserId);
}
