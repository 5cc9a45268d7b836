using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Adds a member by the email of their Lantern account; for a private campaign, someone more who may see it.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record AddMember(int CampaignId, string Email) : ICommand<CampaignMember>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<AddMember, CampaignMember>
    {
        public async Task<CommandResult<CampaignMember>> HandleAsync(AddMember command, CancellationToken cancellationToken)
        {
            var campaign = await editor.EditableAsync(command.CampaignId, cancellationToken);
            if (campaign is null)
            {
                return CommandResult<CampaignMember>.Fail("campaign", CampaignEditor.NoCampaign);
            }

            var normalized = command.Email.Trim().ToUpperInvariant();
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
            if (user is null)
            {
                return CommandResult<CampaignMember>.Fail("Email", "Nobody with this email has an account in Lantern.");
            }

            if (campaign.Members.Exists(m => m.UserId == user.Id))
            {
                return CommandResult<CampaignMember>.Fail("Email", $"{user.Email} is already a member.");
            }

            var member = new CampaignMember { UserId = user.Id };
            campaign.Members.Add(member);
            await editor.SaveAsync(campaign, cancellationToken, editor.Note(campaign.Id, "Member", user.Email ?? user.Id, "Added"));
            return new(member, new FieldErrors());
        }
    }
}
