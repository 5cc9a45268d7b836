using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Step 8: a log-frame row, from a baseline to a target by a due date.</summary>
public sealed class IndicatorInput : IValidatableObject
{
    [EnumDataType(typeof(IndicatorKind), ErrorMessage = "An indicator measures an activity or an outcome.")]
    public IndicatorKind Kind { get; set; } = IndicatorKind.Activity;

    [Required, StringLength(300), Display(Name = "Indicator")]
    public string Name { get; set; } = "";

    [Required, StringLength(60)]
    public string Unit { get; set; } = "";

    [Required]
    public double? Baseline { get; set; }

    [Required, Display(Name = "Baseline date")]
    public DateOnly? BaselineDate { get; set; }

    [Required, Display(Name = "Target")]
    public double? TargetValue { get; set; }

    [Required, Display(Name = "Due date")]
    public DateOnly? DueDate { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var problem in DateOrder.Check(BaselineDate, DueDate, nameof(DueDate), "The due date is before the baseline date."))
        {
            yield return problem;
        }

        if (Baseline is { } baseline && TargetValue is { } target && baseline.Equals(target))
        {
            yield return new ValidationResult("The target must differ from the baseline, or there is nothing to measure.", [nameof(TargetValue)]);
        }
    }

    public static IndicatorInput From(Indicator indicator) => new()
    {
        Kind = indicator.Kind, Name = indicator.Name, Unit = indicator.Unit, Baseline = indicator.Baseline, BaselineDate = indicator.BaselineDate,
        TargetValue = indicator.TargetValue, DueDate = indicator.DueDate,
    };
}

/// <summary>Adds an indicator to a campaign's log frame, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveIndicator(int CampaignId, int? Id, IndicatorInput Input) : ICommand<Indicator>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<SaveIndicator, Indicator>
    {
        public Task<CommandResult<Indicator>> HandleAsync(SaveIndicator command, CancellationToken cancellationToken)
        {
            var (id, input) = (command.Id, command.Input);
            return editor.SaveItemAsync(command.CampaignId, id, input,
                () => new Indicator { CampaignId = command.CampaignId, Name = "", Unit = "" },
                indicator =>
                {
                    indicator.Kind = input.Kind;
                    indicator.Name = input.Name.Trim();
                    indicator.Unit = input.Unit.Trim();
                    indicator.Baseline = input.Baseline!.Value;
                    indicator.BaselineDate = input.BaselineDate!.Value;
                    indicator.TargetValue = input.TargetValue!.Value;
                    indicator.DueDate = input.DueDate!.Value;
                },
                cancellationToken,
                async errors =>
                {
                    // Readings already taken must stay on or after the baseline date.
                    if (id is { } existing && input.BaselineDate is { } baselineDate
                        && await db.IndicatorReadings.AnyAsync(r => r.IndicatorId == existing && r.Date < baselineDate, cancellationToken))
                    {
                        errors.Add(nameof(input.BaselineDate), "Some readings are older than this baseline date.");
                    }
                });
        }
    }
}
