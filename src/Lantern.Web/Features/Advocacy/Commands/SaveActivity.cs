using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

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

/// <summary>Adds an activity under one of the campaign's tactics, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveActivity(int CampaignId, int? Id, ActivityInput Input) : ICommand<PlannedActivity>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<SaveActivity, PlannedActivity>
    {
        public Task<CommandResult<PlannedActivity>> HandleAsync(SaveActivity command, CancellationToken cancellationToken)
        {
            var (campaignId, input) = (command.CampaignId, command.Input);
            return editor.SaveItemAsync(campaignId, command.Id, input,
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
    }
}
