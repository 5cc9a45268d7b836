using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Advocacy;

/// <summary>The delete and remove buttons of the campaign pages post here: plain form posts that redirect back.</summary>
public static class AdvocacyEndpoints
{
    /// <summary>Which items can be deleted by URL, and the step page to return to.</summary>
    private static readonly Dictionary<string, (Func<AdvocacyCommands, int, int, CancellationToken, Task<bool>> Delete, CampaignStep Step)> Deletions = new()
    {
        ["evidence"] = Deletion<CampaignEvidence>(CampaignStep.Issue),
        ["objectives"] = Deletion<Objective>(CampaignStep.Objectives),
        ["targets"] = Deletion<AdvocacyTarget>(CampaignStep.Targets),
        ["tactics"] = Deletion<Tactic>(CampaignStep.Tactics),
        ["activities"] = Deletion<PlannedActivity>(CampaignStep.Tactics),
        ["messages"] = Deletion<TargetMessage>(CampaignStep.Messages),
        ["risks"] = Deletion<Risk>(CampaignStep.Risks),
        ["indicators"] = Deletion<Indicator>(CampaignStep.Monitoring),
        ["readings"] = Deletion<IndicatorReading>(CampaignStep.Monitoring),
        ["media-kit"] = Deletion<MediaKitItem>(CampaignStep.Communication),
        ["cards"] = Deletion<SocialCard>(CampaignStep.Communication),
    };

    private static (Func<AdvocacyCommands, int, int, CancellationToken, Task<bool>>, CampaignStep) Deletion<T>(CampaignStep step)
        where T : class, ICampaignItem =>
        (async (commands, campaignId, id, ct) => (await commands.DeleteItemAsync<T>(campaignId, id, ct)).Succeeded, step);

    public static void MapAdvocacyForms(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/advocacy/{campaignId:int}")
            .RequirePermission(Resource.Advocacy, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();

        forms.MapPost("/{kind}/{id:int}/delete", async (int campaignId, string kind, int id, AdvocacyCommands commands, CancellationToken ct) =>
            Deletions.TryGetValue(kind, out var deletion) && await deletion.Delete(commands, campaignId, id, ct)
                ? Results.Redirect(deletion.Step.UrlFor(campaignId))
                : Results.NotFound());

        forms.MapPost("/members/{userId}/remove", async (int campaignId, string userId, AdvocacyCommands commands, CancellationToken ct) =>
        {
            var result = await commands.RemoveMemberAsync(campaignId, userId, ct);
            return result.Succeeded ? Results.Redirect($"/advocacy/{campaignId}")
                : result.Errors.ToDictionary().ContainsKey("id") ? Results.NotFound()
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: string.Join(" ", result.Errors.Messages));
        });
    }
}
