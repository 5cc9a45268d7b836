using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Api;

/// <summary>
/// The items of steps 3 to 9 that share one shape: list, get, add, replace and delete, on a campaign
/// the caller may see. Each kind names its command; the commands check the campaign and the input.
/// </summary>
internal static class CampaignItemsApi
{
    private delegate Task<CommandResult<TItem>> Save<TItem, TInput>(AdvocacyCommands commands, int campaignId, int? id, TInput input, CancellationToken cancellationToken);

    public static void MapCampaignItemsApi(this RouteGroupBuilder read, RouteGroupBuilder edit)
    {
        Map<Objective, ObjectiveInput, ObjectiveDto>(read, edit, "objectives", "Objective", "Objectives", "an objective (step 3)",
            (c, campaign, id, input, ct) => c.SaveObjectiveAsync(campaign, id, input, ct), ObjectiveDto.From);
        Map<AdvocacyTarget, TargetInput, TargetDto>(read, edit, "targets", "Target", "Targets", "a target in the impact × influence matrix (step 4)",
            (c, campaign, id, input, ct) => c.SaveTargetAsync(campaign, id, input, ct), TargetDto.From);
        Map<Tactic, TacticInput, TacticDto>(read, edit, "tactics", "Tactic", "Tactics with their activities", "a tactic (step 5)",
            (c, campaign, id, input, ct) => c.SaveTacticAsync(campaign, id, input, ct), TacticDto.From, items => items.Include(t => t.Activities));
        Map<PlannedActivity, ActivityInput, ActivityDto>(read, edit, "activities", "Activity", "Activities", "an activity planned under a tactic (step 5)",
            (c, campaign, id, input, ct) => c.SaveActivityAsync(campaign, id, input, ct), ActivityDto.From);
        Map<TargetMessage, MessageInput, MessageDto>(read, edit, "messages", "Message", "Messages", "a message for one target (step 6)",
            (c, campaign, id, input, ct) => c.SaveMessageAsync(campaign, id, input, ct), MessageDto.From);
        Map<Risk, RiskInput, RiskDto>(read, edit, "risks", "Risk", "Risks with their overall rating", "a risk with its likelihood, impact and mitigation (step 7)",
            (c, campaign, id, input, ct) => c.SaveRiskAsync(campaign, id, input, ct), RiskDto.From);
        Map<Indicator, IndicatorInput, IndicatorDto>(read, edit, "indicators", "Indicator", "Indicators with their readings and progress", "a log-frame indicator (step 8)",
            (c, campaign, id, input, ct) => c.SaveIndicatorAsync(campaign, id, input, ct), IndicatorDto.From, items => items.Include(i => i.Readings));
        Map<MediaKitItem, MediaKitInput, MediaKitDto>(read, edit, "media-kit", "MediaKitItem", "Media-kit items", "a media-kit item (step 9)",
            (c, campaign, id, input, ct) => c.SaveMediaKitItemAsync(campaign, id, input, ct), MediaKitDto.From);
        Map<SocialCard, SocialCardInput, SocialCardDto>(read, edit, "cards", "SocialCard", "Social-media cards", "a social-media card (step 9)",
            (c, campaign, id, input, ct) => c.SaveSocialCardAsync(campaign, id, input, ct), SocialCardDto.From);
    }

    private static void Map<TItem, TInput, TDto>(
        RouteGroupBuilder read, RouteGroupBuilder edit, string path, string name, string many, string one, Save<TItem, TInput> save, Func<TItem, TDto> dto,
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

        edit.MapPost($"/{{campaignId:int}}/{path}", async (int campaignId, TInput input, AdvocacyCommands commands, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await save(commands, campaignId, null, input, ct);
                return result.Succeeded
                    ? Results.Created($"/api/campaigns/{campaignId}/{path}/{result.Value!.Id}", await Reloaded(db, result.Value, ct))
                    : result.Problem();
            })
            .WithName($"CreateCampaign{name}")
            .WithSummary($"Adds {one}.");

        edit.MapPut($"/{{campaignId:int}}/{path}/{{id:int}}", async (int campaignId, int id, TInput input, AdvocacyCommands commands, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await save(commands, campaignId, id, input, ct);
                return result.Succeeded ? Results.Ok(await Reloaded(db, result.Value!, ct)) : result.Problem();
            })
            .WithName($"UpdateCampaign{name}")
            .WithSummary($"Replaces {one}.");

        edit.MapDelete($"/{{campaignId:int}}/{path}/{{id:int}}", async (int campaignId, int id, AdvocacyCommands commands, CancellationToken ct) =>
                (await commands.DeleteItemAsync<TItem>(campaignId, id, ct)).ToNoContent())
            .WithName($"DeleteCampaign{name}")
            .WithSummary($"Deletes {one}; what hangs under it goes with it.");
    }
}
