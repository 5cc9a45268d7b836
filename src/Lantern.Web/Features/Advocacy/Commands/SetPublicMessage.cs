using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Advocacy.Commands;

public sealed class PublicMessageInput
{
    [Required, StringLength(1000), Display(Name = "Public message")]
    public string Message { get; set; } = "";

    [Required(ErrorMessage = "Say what backs the public message."), StringLength(2000)]
    public string Evidence { get; set; } = "";
}

/// <summary>Step 6: the campaign's one overarching message for the public, and what backs it.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SetPublicMessage(int CampaignId, PublicMessageInput Input) : ICommand<Campaign>
{
    public sealed class Handler(CampaignEditor editor) : ICommandHandler<SetPublicMessage, Campaign>
    {
        public Task<CommandResult<Campaign>> HandleAsync(SetPublicMessage command, CancellationToken cancellationToken) =>
            editor.ChangeCampaignAsync(command.CampaignId, command.Input, campaign =>
            {
                campaign.PublicMessage = command.Input.Message.Trim();
                campaign.PublicMessageEvidence = command.Input.Evidence.Trim();
            }, cancellationToken);
    }
}
