using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Api;

/// <summary>Step 8 beyond the indicators themselves: their readings, and the mid-term and final evaluation checklists.</summary>
internal static class MonitoringApi
{
    public static void MapMonitoringApi(this RouteGroupBuilder read, RouteGroupBuilder edit)
    {
        edit.MapPost("/{campaignId:int}/indicators/{indicatorId:int}/readings", async (int campaignId, int indicatorId, ReadingInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new AddReading(campaignId, indicatorId, input), ct)).ToCreated(r => $"/api/campaigns/{campaignId}/indicators/{indicatorId}", ReadingDto.From))
            .WithName("CreateCampaignReading")
            .WithSummary("Records a reading of an indicator, dated on or after its baseline date.");

        edit.MapDelete("/{campaignId:int}/readings/{id:int}", async (int campaignId, int id, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new DeleteCampaignItem(campaignId, CampaignItemKind.Reading, id), ct)).ToNoContent())
            .WithName("DeleteCampaignReading")
            .WithSummary("Deletes a reading.");

        read.MapGet("/{campaignId:int}/evaluations", async (int campaignId, EvaluationStage? stage, CampaignAccess access, LanternDbContext db, CancellationToken ct) =>
                await access.FindAsync(campaignId, ct) is null ? Results.NotFound()
                    : Results.Ok(EvaluationDto.Checklist(await db.EvaluationAnswers.AsNoTracking().Where(a => a.CampaignId == campaignId).ToListAsync(ct), stage)))
            .WithName("ListCampaignEvaluations")
            .WithSummary("The evaluation checklists (stage=MidTerm or Final for one) with the campaign's answers; NotYet where none is given.");

        edit.MapPut("/{campaignId:int}/evaluations/{stage}", async (int campaignId, EvaluationStage stage, EvaluationInput input, CommandRunner commands, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await commands.RunAsync(new SaveEvaluation(campaignId, stage, input), ct);
                return result.Succeeded
                    ? Results.Ok(EvaluationDto.Checklist(await db.EvaluationAnswers.AsNoTracking().Where(a => a.CampaignId == campaignId && a.Stage == stage).ToListAsync(ct), stage))
                    : result.Problem();
            })
            .WithName("SaveCampaignEvaluation")
            .WithSummary("Saves answers of one checklist (MidTerm or Final) by question code; questions left out keep their answers.");
    }
}
