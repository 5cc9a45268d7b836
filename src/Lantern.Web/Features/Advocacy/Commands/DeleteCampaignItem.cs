using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Deletes one item of a campaign; what hangs under it (activities, readings, messages, a document) goes with it.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record DeleteCampaignItem(int CampaignId, CampaignItemKind Kind, int Id) : ICommand<ICampaignItem>
{
    public sealed class Handler(CampaignEditor editor) : ICommandHandler<DeleteCampaignItem, ICampaignItem>
    {
        public Task<CommandResult<ICampaignItem>> HandleAsync(DeleteCampaignItem command, CancellationToken cancellationToken)
        {
            var (campaignId, id) = (command.CampaignId, command.Id);
            return command.Kind switch
            {
                CampaignItemKind.Evidence => editor.DeleteItemAsync<CampaignEvidence>(campaignId, id, cancellationToken),
                CampaignItemKind.Objective => editor.DeleteItemAsync<Objective>(campaignId, id, cancellationToken),
                CampaignItemKind.Target => editor.DeleteItemAsync<AdvocacyTarget>(campaignId, id, cancellationToken),
                CampaignItemKind.Tactic => editor.DeleteItemAsync<Tactic>(campaignId, id, cancellationToken),
                CampaignItemKind.Activity => editor.DeleteItemAsync<PlannedActivity>(campaignId, id, cancellationToken),
                CampaignItemKind.Message => editor.DeleteItemAsync<TargetMessage>(campaignId, id, cancellationToken),
                CampaignItemKind.Risk => editor.DeleteItemAsync<Risk>(campaignId, id, cancellationToken),
                CampaignItemKind.Indicator => editor.DeleteItemAsync<Indicator>(campaignId, id, cancellationToken),
                CampaignItemKind.Reading => editor.DeleteItemAsync<IndicatorReading>(campaignId, id, cancellationToken),
                CampaignItemKind.MediaKitItem => editor.DeleteItemAsync<MediaKitItem>(campaignId, id, cancellationToken),
                CampaignItemKind.SocialCard => editor.DeleteItemAsync<SocialCard>(campaignId, id, cancellationToken),
                _ => Task.FromResult(CommandResult<ICampaignItem>.Fail("id", "No such item.")),
            };
        }
    }
}
