using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Api;

public static class EvidenceFileEndpoint
{
    /// <summary>Downloads an uploaded evidence document, always as an attachment so the browser never renders it in Lantern's origin.</summary>
    public static void MapEvidenceFiles(this IEndpointRouteBuilder app) =>
        app.MapGet("/advocacy/{campaignId:int}/evidence/{id:int}/file", async (int campaignId, int id, CampaignAccess access, LanternDbContext db, CancellationToken ct) =>
            {
                var visible = await access.Visible().AnyAsync(c => c.Id == campaignId, ct);
                var evidence = visible
                    ? await db.CampaignEvidence.AsNoTracking().Include(e => e.File).SingleOrDefaultAsync(e => e.Id == id && e.CampaignId == campaignId, ct)
                    : null;
                return evidence?.File is { } file
                    ? Results.File(file.Content, evidence.ContentType ?? "application/octet-stream", evidence.FileName)
                    : Results.NotFound();
            })
            .Audited(AuditAction.Download, "CampaignEvidence", "id")
            .RequirePermission(Resource.Advocacy, Operation.Read)
            .ExcludeFromDescription();
}
