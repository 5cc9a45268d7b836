using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Step 5: a tactic of one of the three kinds.</summary>
public sealed class TacticInput
{
    [EnumDataType(typeof(TacticKind), ErrorMessage = "Choose discreet, public or semi-public.")]
    public TacticKind Kind { get; set; } = TacticKind.Discreet;

    [Required, StringLength(300)]
    public string Title { get; set; } = "";

    [StringLength(2000)]
    public string? Description { get; set; }

    public static TacticInput From(Tactic tactic) => new() { Kind = tactic.Kind, Title = tactic.Title, Description = tactic.Description };
}

/// <summary>An activity planned under a tactic, with its dates and owner.</summary>
public sealed class ActivityInput : IValidatableObject
{
    [Required(ErrorMessage = "Choose the tactic."), Display(Name = "Tactic")]
    public int? TacticId { get; set; }

    [Required, StringLength(300)]
    public string Title { get; set; } = "";

    [Required, Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Required, Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [Required(ErrorMessage = "Say who owns the activity."), StringLength(200)]
    public string Owner { get; set; } = "";

    public bool Done { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DateOrder.Check(StartDate, EndDate, nameof(EndDate), "The activity ends before it starts.");

    public static ActivityInput From(PlannedActivity activity) => new()
    {
        TacticId = activity.TacticId, Title = activity.Title, StartDate = activity.StartDate, EndDate = activity.EndDate,
        Owner = activity.Owner, Done = activity.Done,
    };
}

public sealed partial class AdvocacyCommands
{
    public Task<CommandResult<Tactic>> SaveTacticAsync(int campaignId, int? id, TacticInput input, CancellationToken cancellationToken = default) =>
        UpsertAsync(campaignId, id, input,
            () => new Tactic { CampaignId = campaignId, Title = "" },
            tactic =>
            {
                tactic.Kind = input.Kind;
                tactic.Title = input.Title.Trim();
                tactic.Description = Blank(input.Description);
            },
            cancellationToken);

    public Task<CommandResult<PlannedActivity>> SaveActivityAsync(int campaignId, int? id, ActivityInput input, CancellationToken cancellationToken = default) =>
        UpsertAsync(campaignId, id, input,
            () => new PlannedActivity { CampaignId = campaignId, Title = "", Owner = "" },
            activity =>
            {
                activity.TacticId = input.TacticId!.Value;
                activity.Title = input.Title.Trim();
                activity.StartDate = input.StartDate!.Value;
                activity.EndDate = input.EndDate!.Value;
                activity.Owner = input.Owner.Trim();
                activity.Done = input.Done;
            },
            cancellationToken,
            async errors =>
            {
                if (input.TacticId is { } tacticId && !await db.Tactics.AnyAsync(t => t.Id == tacticId && t.CampaignId == campaignId, cancellationToken))
                {
                    errors.Add(nameof(input.TacticId), "Choose a tactic of this campaign.");
                }
            });
}
