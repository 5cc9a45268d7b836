using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

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

    internal void ApplyTo(Campaign campaign)
    {
        campaign.Name = Name.Trim();
        campaign.Status = Status;
        campaign.IssueOfConcern = IssueOfConcern?.Trim() ?? "";
        campaign.Vision = Vision?.Trim() ?? "";
        campaign.StartDate = StartDate;
        campaign.EndDate = EndDate;
        campaign.IsPrivate = IsPrivate;
    }
}

/// <summary>Starts a campaign; whoever starts it is its first member, so a private one is never orphaned.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record CreateCampaign(CampaignInput Input) : ICommand<Campaign>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<CreateCampaign, Campaign>
    {
        public async Task<CommandResult<Campaign>> HandleAsync(CreateCampaign command, CancellationToken cancellationToken)
        {
            var errors = FieldErrors.Of(command.Input);
            if (!errors.IsEmpty)
            {
                return CommandResult<Campaign>.Fail(errors);
            }

            var campaign = new Campaign { Name = "", CreatedAt = editor.Now };
            command.Input.ApplyTo(campaign);
            editor.AddCaller(campaign);
            db.Campaigns.Add(campaign);
            await editor.SaveAsync(campaign, cancellationToken);
            return new(campaign, errors);
        }
    }
}
