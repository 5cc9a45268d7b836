using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Replaces a campaign's name, status, issue, vision, dates and privacy.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record UpdateCampaign(int CampaignId, CampaignInput Input) : ICommand<Campaign>
{
    public sealed class Handler(CampaignEditor editor) : ICommandHandler<UpdateCampaign, Campaign>
    {
        public Task<CommandResult<Campaign>> HandleAsync(UpdateCampaign command, CancellationToken cancellationToken) =>
            editor.ChangeCampaignAsync(command.CampaignId, command.Input, campaign =>
            {
                command.Input.ApplyTo(campaign);
                if (campaign.IsPrivate)
                {
                    editor.AddCaller(campaign);
                }
            }, cancellationToken);
    }
}
