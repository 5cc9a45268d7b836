using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Api;

/// <summary>
/// The JSON API of the advocacy planner under /api/campaigns. Reads go through <see cref="CampaignAccess"/>
/// and writes run the advocacy commands, as the pages do, so a private campaign answers
/// 404 to anyone who is not its member, whichever way they ask.
/// </summary>
public static class CampaignsApi
{
    public const string Tag = "Advocacy";

    public static void MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/campaigns").WithTags(Tag);
        var read = campaigns.MapGroup("").RequirePermission(Resource.Advocacy, Operation.Read);
        var edit = campaigns.MapGroup("").RequirePermission(Resource.Advocacy, Operation.Edit);

        read.MapGet("", async (int? page, int? pageSize, CampaignAccess access, CancellationToken ct) =>
            {
                var request = PageRequest.Of(page, pageSize);
                var visible = access.Visible().AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id);
                var items = await visible.Skip(request.Skip).Take(request.Size).ToListAsync(ct);
                return new Page<CampaignSummaryDto>(await visible.CountAsync(ct), request.Number, request.Size, [.. items.Select(CampaignSummaryDto.From)]);
            })
            .WithName("ListCampaigns")
            .WithSummary("The campaigns this user may see (every campaign that is not private, and the private ones they belong to), by name, a page at a time.");

        read.MapGet("/{campaignId:int}", async (int campaignId, StrategyLoader strategies, LanternDbContext db, CancellationToken ct) =>
            {
                var s = await strategies.LoadAsync(campaignId, ct);
                return s is null ? Results.NotFound() : Results.Ok(new CampaignDetailDto(
                    CampaignDto.From(s.Campaign), [.. (await CampaignQueries.MembersAsync(db, s.Campaign, ct)).Select(MemberDto.From)],
                    [.. s.Evidence.Select(EvidenceDto.From)], [.. s.Objectives.Select(ObjectiveDto.From)], [.. s.Targets.Select(TargetDto.From)],
                    [.. s.Tactics.Select(TacticDto.From)], [.. s.Messages.Select(MessageDto.From)], [.. s.Risks.Select(RiskDto.From)],
                    [.. s.Indicators.Select(IndicatorDto.From)], EvaluationDto.Checklist(s.Answers), [.. s.MediaKit.Select(MediaKitDto.From)],
                    [.. s.Cards.Select(SocialCardDto.From)]));
            })
            .WithName("GetCampaign")
            .WithSummary("A campaign with its members and every step's items: evidence, objectives, targets, tactics with activities, messages, risks, indicators with readings, evaluations, media kit and social cards.");

        edit.MapPost("", async (CampaignInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new CreateCampaign(input), ct)).ToCreated(c => $"/api/campaigns/{c.Id}", CampaignDto.From))
            .WithName("CreateCampaign")
            .WithSummary("Starts a campaign (steps 1 and 2); whoever starts it is its first member.");

        edit.MapPut("/{campaignId:int}", async (int campaignId, CampaignInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new UpdateCampaign(campaignId, input), ct)).ToOk(CampaignDto.From))
            .WithName("UpdateCampaign")
            .WithSummary("Replaces a campaign's name, status, issue, vision, dates and privacy.");

        edit.MapPut("/{campaignId:int}/public-message", async (int campaignId, PublicMessageInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new SetPublicMessage(campaignId, input), ct)).ToOk(CampaignDto.From))
            .WithName("SetCampaignPublicMessage")
            .WithSummary("Sets step 6's overarching public message and the evidence that backs it.");

        read.MapCampaignItemsApi(edit);
        read.MapMonitoringApi(edit);
        read.MapEvidenceApi(edit);
        read.MapTeamApi(edit);
    }
}
