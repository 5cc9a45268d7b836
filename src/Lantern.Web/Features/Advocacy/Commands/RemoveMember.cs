using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Removes a member; a private campaign keeps at least one.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record RemoveMember(int CampaignId, string UserId) : ICommand<CampaignMember>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<RemoveMember, CampaignMember>
    {
        public async Task<CommandResult<CampaignMember>> HandleAsync(RemoveMember command, CancellationToken cancellationToken)
        {
            var campaign = await editor.EditableAsync(command.CampaignId, cancellationToken);
            var member = campaign?.Members.Find(m => m.UserId == command.UserId);
            if (member is null)
            {
                return CommandResult<CampaignMember>.Fail("id", "No such member.");
            }

            if (campaign!.IsPrivate && campaign.Members.Count == 1)
            {
                return CommandResult<CampaignMember>.Fail("Members", "A private campaign needs at least one member.");
            }

            var email = await db.Users.Where(u => u.Id == command.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
            campaign.Members.Remove(member);
            await editor.SaveAsync(campaign, cancellationToken, editor.Note(campaign.Id, "Member", email ?? command.UserId, "Removed"));
            return new(member, new FieldErrors());
        }
    }
}
