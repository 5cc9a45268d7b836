using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Step 3: a concrete objective towards the vision.</summary>
public sealed class ObjectiveInput
{
    [Required, StringLength(1000), Display(Name = "Objective")]
    public string Statement { get; set; } = "";

    [Required(ErrorMessage = "Say how you will know the objective is met."), StringLength(500), Display(Name = "Measurable target")]
    public string MeasurableTarget { get; set; } = "";

    [Required(ErrorMessage = "Give the date the objective is due."), Display(Name = "Due date")]
    public DateOnly? DueDate { get; set; }

    public bool Achieved { get; set; }

    public static ObjectiveInput From(Objective objective) => new()
    {
        Statement = objective.Statement, MeasurableTarget = objective.MeasurableTarget, DueDate = objective.DueDate, Achieved = objective.Achieved,
    };
}

public sealed partial class AdvocacyCommands
{
    public Task<CommandResult<Objective>> SaveObjectiveAsync(int campaignId, int? id, ObjectiveInput input, CancellationToken cancellationToken = default) =>
        UpsertAsync(campaignId, id, input,
            () => new Objective { CampaignId = campaignId, Statement = "", MeasurableTarget = "" },
            objective =>
            {
                objective.Statement = input.Statement.Trim();
                objective.MeasurableTarget = input.MeasurableTarget.Trim();
                objective.DueDate = input.DueDate!.Value;
                objective.Achieved = input.Achieved;
            },
            cancellationToken);
}
