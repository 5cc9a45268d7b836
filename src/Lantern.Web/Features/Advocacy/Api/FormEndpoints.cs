using Lantern.Web.Components;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Advocacy.Api;

/// <summary>The delete and remove buttons of the campaign pages post here: plain form posts that redirect back.</summary>
public static class FormEndpoints
{
    /// <summary>Which items can be deleted by URL, and the step page to return to.</summary>
    private static readonly Dictionary<string, (CampaignItemKind Kind, CampaignStep Step)> Deletions = new()
    {
        ["evidence"] = (CampaignItemKind.Evidence, CampaignStep.Issue),
        ["objectives"] = (CampaignItemKind.Objective, CampaignStep.Objectives),
        ["targets"] = (CampaignItemKind.Target, CampaignStep.Targets),
        ["tactics"] = (CampaignItemKind.Tactic, CampaignStep.Tactics),
        ["activities"] = (CampaignItemKind.Activity, CampaignStep.Tactics),
        ["messages"] = (CampaignItemKind.Message, CampaignStep.Messages),
        ["risks"] = (CampaignItemKind.Risk, CampaignStep.Risks),
        ["indicators"] = (CampaignItemKind.Indicator, CampaignStep.Monitoring),
        ["readings"] = (CampaignItemKind.Reading, CampaignStep.Monitoring),
        ["media-kit"] = (CampaignItemKind.MediaKitItem, CampaignStep.Communication),
        ["cards"] = (CampaignItemKind.SocialCard, CampaignStep.Communication),
    };

    public static void MapAdvocacyForms(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/advocacy/{campaignId:int}")
            .RequirePermission(Resource.Advocacy, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();

        forms.MapPost("/{kind}/{id:int}/delete", async (int campaignId, string kind, int id, CommandRunner commands, CancellationToken ct) =>
            Deletions.TryGetValue(kind, out var deletion) && (await commands.RunAsync(new DeleteCampaignItem(campaignId, deletion.Kind, id), ct)).Succeeded
                ? Results.Redirect(deletion.Step.UrlFor(campaignId))
                : Results.NotFound());

        forms.MapPost("/members/{userId}/remove", async (int campaignId, string userId, CommandRunner commands, CancellationToken ct) =>
        {
            var result = await commands.RunAsync(new RemoveMember(campaignId, userId), ct);
            return result.Succeeded ? Results.Redirect($"/advocacy/{campaignId}")
                : result.Errors.ToDictionary().ContainsKey("id") ? Results.NotFound()
                : RefusalPage.Result(result.Errors.Messages, $"/advocacy/{campaignId}#members", "Back to the campaign");
        });
    }
}
