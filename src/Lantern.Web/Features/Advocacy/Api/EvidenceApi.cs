using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Api;

/// <summary>Step 1's evidence as metadata. Links and figures can be added here; documents are uploaded on the campaign page and downloaded from their file URL.</summary>
internal static class EvidenceApi
{
    public static void MapEvidenceApi(this RouteGroupBuilder read, RouteGroupBuilder edit)
    {
        read.MapGet("/{campaignId:int}/evidence", async (int campaignId, CampaignAccess access, LanternDbContext db, CancellationToken ct) =>
                await access.FindAsync(campaignId, ct) is null ? Results.NotFound()
                    : Results.Ok((await db.CampaignEvidence.AsNoTracking().Where(e => e.CampaignId == campaignId).OrderBy(e => e.Id).ToListAsync(ct)).Select(EvidenceDto.From).ToList()))
            .WithName("ListCampaignEvidence")
            .WithSummary("The evidence behind a campaign's issue: links, figures with their sources, and documents (name, type, size and file URL).");

        edit.MapPost("/{campaignId:int}/evidence", async (int campaignId, EvidenceInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new AddEvidence(campaignId, input, File: null), ct)).ToCreated(e => $"/api/campaigns/{campaignId}/evidence", EvidenceDto.From))
            .WithName("CreateCampaignEvidence")
            .WithSummary("Adds a link (kind Link, with its URL) or a figure (kind Figure, with the number and its source).");

        edit.MapDelete("/{campaignId:int}/evidence/{id:int}", async (int campaignId, int id, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new DeleteCampaignItem(campaignId, CampaignItemKind.Evidence, id), ct)).ToNoContent())
            .WithName("DeleteCampaignEvidence")
            .WithSummary("Deletes a piece of evidence, with its document if it has one.");
    }
}
