using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

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

/// <summary>Adds an objective to a campaign, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveObjective(int CampaignId, int? Id, ObjectiveInput Input) : ICommand<Objective>
{
    public sealed class Handler(CampaignEditor editor) : ICommandHandler<SaveObjective, Objective>
    {
        public Task<CommandResult<Objective>> HandleAsync(SaveObjective command, CancellationToken cancellationToken)
        {
            var input = command.Input;
            return editor.SaveItemAsync(command.CampaignId, command.Id, input,
                () => new Objective { CampaignId = command.CampaignId, Statement = "", MeasurableTarget = "" },
                objective =>
                {
                    objective.Statement = input.Statement.Trim();
                    objective.MeasurableTarget = input.MeasurableTarget.Trim();
                    objective.DueDate = input.DueDate!.Value;
                    objective.Achieved = input.Achieved;
                },
                cancellationToken);
        }
    }
}
