using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Steps 1 and 2: the campaign itself, its issue of concern and its vision.</summary>
public sealed class CampaignInput : IValidatableObject
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [EnumDataType(typeof(CampaignStatus), ErrorMessage = "Choose a status from the list.")]
    public CampaignStatus Status { get; set; } = CampaignStatus.Planning;

    [Display(Name = "Issue of concern"), StringLength(4000)]
    public string? IssueOfConcern { get; set; }

    [StringLength(1000)]
    public string? Vision { get; set; }

    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    public bool IsPrivate { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DateOrder.Check(StartDate, EndDate, nameof(EndDate), "The end date is before the start date.");

    public static CampaignInput From(Campaign campaign) => new()
    {
        Name = campaign.Name, Status = campaign.Status, IssueOfConcern = campaign.IssueOfConcern, Vision = campaign.Vision,
        StartDate = campaign.StartDate, EndDate = campaign.EndDate, IsPrivate = campaign.IsPrivate,
    };
}

public sealed class PublicMessageInput
{
    [Required, StringLength(1000), Display(Name = "Public message")]
    public string Message { get; set; } = "";

    [Required(ErrorMessage = "Say what backs the public message."), StringLength(2000)]
    public string Evidence { get; set; } = "";
}

public sealed partial class AdvocacyCommands
{
    public async Task<CommandResult<Campaign>> CreateCampaignAsync(CampaignInput input, CancellationToken cancellationToken = default)
    {
        var errors = FieldErrors.Of(input);
        if (access.UserId is null || !access.CanEdit)
        {
            errors.Add("campaign", "You may not create campaigns.");
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<Campaign>.Fail(errors);
        }

        var campaign = new Campaign { Name = input.Name.Trim(), CreatedAt = Now };
        Apply(input, campaign);
        // Whoever starts a campaign is its first member, so a private one is never orphaned.
        campaign.Members.Add(new CampaignMember { UserId = access.UserId! });
        db.Campaigns.Add(campaign);
        await SaveAsync(campaign, cancellationToken);
        return new(campaign, errors);
    }

    public Task<CommandResult<Campaign>> UpdateCampaignAsync(int campaignId, CampaignInput input, CancellationToken cancellationToken = default) =>
        ChangeCampaignAsync(campaignId, input, campaign =>
        {
            Apply(input, campaign);
            // Making a campaign private must not lock out the person doing it.
            if (campaign.IsPrivate && campaign.Members.TrueForAll(m => m.UserId != access.UserId))
            {
                campaign.Members.Add(new CampaignMember { UserId = access.UserId! });
            }
        }, cancellationToken);

    public Task<CommandResult<Campaign>> SetPublicMessageAsync(int campaignId, PublicMessageInput input, CancellationToken cancellationToken = default) =>
        ChangeCampaignAsync(campaignId, input, campaign =>
        {
            campaign.PublicMessage = input.Message.Trim();
            campaign.PublicMessageEvidence = input.Evidence.Trim();
        }, cancellationToken);

    /// <summary>Applies a change to a campaign the caller may edit, once its input is valid, and saves it with its history.</summary>
    private async Task<CommandResult<Campaign>> ChangeCampaignAsync(int campaignId, object input, Action<Campaign> change, CancellationToken cancellationToken)
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return CommandResult<Campaign>.Fail("campaign", NoCampaign);
        }

        var errors = FieldErrors.Of(input);
        if (!errors.IsEmpty)
        {
            return CommandResult<Campaign>.Fail(errors);
        }

        change(campaign);
        await SaveAsync(campaign, cancellationToken);
        return new(campaign, errors);
    }

    public async Task<CommandResult<CampaignMember>> AddMemberAsync(int campaignId, string email, CancellationToken cancellationToken = default)
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return CommandResult<CampaignMember>.Fail("campaign", NoCampaign);
        }

        var normalized = email.Trim().ToUpperInvariant();
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
        await SaveAsync(campaign, cancellationToken, Note(campaignId, "Member", user.Email ?? user.Id, "Added"));
        return new(member, new FieldErrors());
    }

    public async Task<CommandResult<CampaignMember>> RemoveMemberAsync(int campaignId, string userId, CancellationToken cancellationToken = default)
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        var member = campaign?.Members.Find(m => m.UserId == userId);
        if (member is null)
        {
            return CommandResult<CampaignMember>.Fail("id", "No such member.");
        }

        if (campaign!.IsPrivate && campaign.Members.Count == 1)
        {
            return CommandResult<CampaignMember>.Fail("Members", "A private campaign needs at least one member.");
        }

        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        campaign.Members.Remove(member);
        await SaveAsync(campaign, cancellationToken, Note(campaignId, "Member", email ?? userId, "Removed"));
        return new(member, new FieldErrors());
    }

    private static void Apply(CampaignInput input, Campaign campaign)
    {
        campaign.Name = input.Name.Trim();
        campaign.Status = input.Status;
        campaign.IssueOfConcern = input.IssueOfConcern?.Trim() ?? "";
        campaign.Vision = input.Vision?.Trim() ?? "";
        campaign.StartDate = input.StartDate;
        campaign.EndDate = input.EndDate;
        campaign.IsPrivate = input.IsPrivate;
    }
}
