using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Api;

/// <summary>
/// The items of steps 3 to 9 that share one shape: list, get, add, replace and delete, on a campaign
/// the caller may see. Each kind names its command; the commands check the campaign and the input.
/// </summary>
internal static class CampaignItemsApi
{
    /// <summary>The kind's add-or-replace command: a new item when the id is null.</summary>
    private delegate ICommand<TItem> Save<TItem, TInput>(int campaignId, int? id, TInput input);

    public static void MapCampaignItemsApi(this RouteGroupBuilder read, RouteGroupBuilder edit)
    {
        Map<Objective, ObjectiveInput, ObjectiveDto>(read, edit, "objectives", "Objective", "Objectives", "an objective (step 3)",
            CampaignItemKind.Objective, (campaign, id, input) => new SaveObjective(campaign, id, input), ObjectiveDto.From);
        Map<AdvocacyTarget, TargetInput, TargetDto>(read, edit, "targets", "Target", "Targets", "a target in the impact × influence matrix (step 4)",
            CampaignItemKind.Target, (campaign, id, input) => new SaveTarget(campaign, id, input), TargetDto.From);
        Map<Tactic, TacticInput, TacticDto>(read, edit, "tactics", "Tactic", "Tactics with their activities", "a tactic (step 5)",
            CampaignItemKind.Tactic, (campaign, id, input) => new SaveTactic(campaign, id, input), TacticDto.From, items => items.Include(t => t.Activities));
        Map<PlannedActivity, ActivityInput, ActivityDto>(read, edit, "activities", "Activity", "Activities", "an activity planned under a tactic (step 5)",
            CampaignItemKind.Activity, (campaign, id, input) => new SaveActivity(campaign, id, input), ActivityDto.From);
        Map<TargetMessage, MessageInput, MessageDto>(read, edit, "messages", "Message", "Messages", "a message for one target (step 6)",
            CampaignItemKind.Message, (campaign, id, input) => new SaveMessage(campaign, id, input), MessageDto.From);
        Map<Risk, RiskInput, RiskDto>(read, edit, "risks", "Risk", "Risks with their overall rating", "a risk with its likelihood, impact and mitigation (step 7)",
            CampaignItemKind.Risk, (campaign, id, input) => new SaveRisk(campaign, id, input), RiskDto.From);
        Map<Indicator, IndicatorInput, IndicatorDto>(read, edit, "indicators", "Indicator", "Indicators with their readings and progress", "a log-frame indicator (step 8)",
            CampaignItemKind.Indicator, (campaign, id, input) => new SaveIndicator(campaign, id, input), IndicatorDto.From, items => items.Include(i => i.Readings));
        Map<MediaKitItem, MediaKitInput, MediaKitDto>(read, edit, "media-kit", "MediaKitItem", "Media-kit items", "a media-kit item (step 9)",
            CampaignItemKind.MediaKitItem, (campaign, id, input) => new SaveMediaKitItem(campaign, id, input), MediaKitDto.From);
        Map<SocialCard, SocialCardInput, SocialCardDto>(read, edit, "cards", "SocialCard", "Social-media cards", "a social-media card (step 9)",
            CampaignItemKind.SocialCard, (campaign, id, input) => new SaveSocialCard(campaign, id, input), SocialCardDto.From);
    }

    private static void Map<TItem, TInput, TDto>(
        RouteGroupBuilder read, RouteGroupBuilder edit, string path, string name, string many, string one, CampaignItemKind kind, Save<TItem, TInput> save, Func<TItem, TDto> dto,
        Func<IQueryable<TItem>, IQueryable<TItem>>? include = null)
        where TItem : class, ICampaignItem
    {
        include ??= items => items;
        var plural = name.EndsWith('y') ? name[..^1] + "ies" : name + "s";

        // Written items are read back with what hangs under them, so an answer never shows a tactic without its activities.
        async Task<TDto> Reloaded(LanternDbContext db, TItem item, CancellationToken ct) =>
            dto(await include(db.Set<TItem>().AsNoTracking()).SingleAsync(i => i.Id == item.Id, ct));

        read.MapGet($"/{{campaignId:int}}/{path}", async (int campaignId, CampaignAccess access, LanternDbContext db, CancellationToken ct) =>
                await access.FindAsync(campaignId, ct) is null ? Results.NotFound()
                    : Results.Ok((await include(db.Set<TItem>().AsNoTracking().Where(i => i.CampaignId == campaignId)).OrderBy(i => i.Id).ToListAsync(ct)).Select(dto).ToList()))
            .WithName($"ListCampaign{plural}")
            .WithSummary($"{many} of a campaign.");

        read.MapGet($"/{{campaignId:int}}/{path}/{{id:int}}", async (int campaignId, int id, CampaignAccess access, LanternDbContext db, CancellationToken ct) =>
                await access.FindAsync(campaignId, ct) is not null
                && await include(db.Set<TItem>().AsNoTracking()).SingleOrDefaultAsync(i => i.Id == id && i.CampaignId == campaignId, ct) is { } item
                    ? Results.Ok(dto(item))
                    : Results.NotFound())
            .WithName($"GetCampaign{name}")
            .WithSummary($"One of a campaign's items: {one}.");

        edit.MapPost($"/{{campaignId:int}}/{path}", async (int campaignId, TInput input, CommandRunner commands, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await commands.RunAsync(save(campaignId, null, input), ct);
                return result.Succeeded
                    ? Results.Created($"/api/campaigns/{campaignId}/{path}/{result.Value!.Id}", await Reloaded(db, result.Value, ct))
                    : result.Problem();
            })
            .WithName($"CreateCampaign{name}")
            .WithSummary($"Adds {one}.");

        edit.MapPut($"/{{campaignId:int}}/{path}/{{id:int}}", async (int campaignId, int id, TInput input, CommandRunner commands, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await commands.RunAsync(save(campaignId, id, input), ct);
                return result.Succeeded ? Results.Ok(await Reloaded(db, result.Value!, ct)) : result.Problem();
            })
            .WithName($"UpdateCampaign{name}")
            .WithSummary($"Replaces {one}.");

        edit.MapDelete($"/{{campaignId:int}}/{path}/{{id:int}}", async (int campaignId, int id, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new DeleteCampaignItem(campaignId, kind, id), ct)).ToNoContent())
            .WithName($"DeleteCampaign{name}")
            .WithSummary($"Deletes {one}; what hangs under it goes with it.");
    }
}
