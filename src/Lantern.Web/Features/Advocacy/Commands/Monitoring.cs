using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Catalogues;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
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

public sealed class ReadingInput
{
    [Required]
    public DateOnly? Date { get; set; }

    [Required]
    public double? Value { get; set; }

    [StringLength(1000)]
    public string? Note { get; set; }
}

public sealed class EvaluationInput
{
    public List<EvaluationAnswerInput> Answers { get; set; } = [];
}

public sealed class EvaluationAnswerInput
{
    [Required, StringLength(64)]
    public string QuestionCode { get; set; } = "";

    [EnumDataType(typeof(EvaluationAnswerValue), ErrorMessage = "Answer yes, partly, no or not yet.")]
    public EvaluationAnswerValue Answer { get; set; }

    [StringLength(2000)]
    public string? Notes { get; set; }
}

public sealed partial class AdvocacyCommands
{
    public Task<CommandResult<Indicator>> SaveIndicatorAsync(int campaignId, int? id, IndicatorInput input, CancellationToken cancellationToken = default) =>
        UpsertAsync(campaignId, id, input,
            () => new Indicator { CampaignId = campaignId, Name = "", Unit = "" },
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

    public async Task<CommandResult<IndicatorReading>> AddReadingAsync(int campaignId, int indicatorId, ReadingInput input, CancellationToken cancellationToken = default)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId && i.CampaignId == campaignId, cancellationToken);
        return await UpsertAsync(campaignId, null, input,
            () => new IndicatorReading { CampaignId = campaignId, IndicatorId = indicatorId },
            reading =>
            {
                reading.Date = input.Date!.Value;
                reading.Value = input.Value!.Value;
                reading.Note = Blank(input.Note);
            },
            cancellationToken,
            errors =>
            {
                if (indicator is null)
                {
                    errors.Add("indicator", "No such indicator.");
                }
                else if (input.Date is { } date && date < indicator.BaselineDate)
                {
                    errors.Add(nameof(input.Date), $"The reading is dated before the baseline date ({indicator.BaselineDate:yyyy-MM-dd}).");
                }

                return Task.CompletedTask;
            });
    }

    /// <summary>Saves a whole checklist at once; an answer is only stored once it says something.</summary>
    public async Task<CommandResult<Campaign>> SaveEvaluationAsync(int campaignId, EvaluationStage stage, EvaluationInput input, CancellationToken cancellationToken = default)
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return CommandResult<Campaign>.Fail("campaign", NoCampaign);
        }

        var errors = new FieldErrors();
        var questions = EvaluationQuestions.For(stage).Select(q => q.Code).ToHashSet();
        foreach (var (answer, index) in input.Answers.Select((a, i) => (a, i)))
        {
            foreach (var message in FieldErrors.Of(answer).Messages)
            {
                errors.Add($"Answers[{index}]", message);
            }

            if (!questions.Contains(answer.QuestionCode))
            {
                errors.Add($"Answers[{index}]", $"\"{answer.QuestionCode}\" is not a question of the {AdvocacyLabels.Of(stage).ToLowerInvariant()}.");
            }
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<Campaign>.Fail(errors);
        }

        var stored = await db.EvaluationAnswers.Where(a => a.CampaignId == campaignId && a.Stage == stage).ToDictionaryAsync(a => a.QuestionCode, cancellationToken);
        foreach (var answer in input.Answers)
        {
            var notes = Blank(answer.Notes);
            if (!stored.TryGetValue(answer.QuestionCode, out var row))
            {
                if (answer.Answer == EvaluationAnswerValue.NotYet && notes is null)
                {
                    continue;
                }

                row = new EvaluationAnswer { CampaignId = campaignId, Stage = stage, QuestionCode = answer.QuestionCode };
                db.Add(row);
            }

            row.Answer = answer.Answer;
            row.Notes = notes;
        }

        await SaveAsync(campaign, cancellationToken);
        return new(campaign, errors);
    }
}
