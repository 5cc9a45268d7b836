using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>How an item takes part in a scale.</summary>
public enum ScaleMembership
{
    Out,
    In,
    Reversed,
}

public sealed class ScaleInput
{
    [Required(ErrorMessage = "Give the scale a variable name.")]
    public string Name { get; set; } = "";

    [StringLength(300)]
    public string? Label { get; set; }

    [EnumDataType(typeof(ScaleScoring), ErrorMessage = "Score the scale by mean or by sum.")]
    public ScaleScoring Scoring { get; set; } = ScaleScoring.Mean;

    /// <summary>By item id; items left out are not in the scale.</summary>
    public Dictionary<int, ScaleMembership> Members { get; set; } = [];

    public static ScaleInput From(SurveyScale scale) => new()
    {
        Name = scale.Name, Label = scale.Label, Scoring = scale.Scoring,
        Members = scale.Items.ToDictionary(m => m.ItemId, m => m.Reversed ? ScaleMembership.Reversed : ScaleMembership.In),
    };
}

public sealed partial class InstrumentCommands
{
    public Task<CommandResult<SurveyScale>> SaveScaleAsync(int surveyId, int? scaleId, ScaleInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(surveyId, (survey, errors) =>
        {
            var scale = scaleId is { } id ? survey.Scales.SingleOrDefault(s => s.Id == id) : null;
            if (scaleId is not null && scale is null)
            {
                return Task.FromResult<SurveyScale?>(null);
            }

            errors.AddAnnotationErrors(input);
            var name = input.Name?.Trim() ?? "";
            if (name.Length > 0 && !SurveyNames.IsValid(name))
            {
                errors.Add(nameof(input.Name), $"Variable name “{name}” is not valid: use {SurveyNames.Rule}.");
            }
            else if (survey.Items.Any(i => i.Name == name))
            {
                errors.Add(nameof(input.Name), $"Variable name “{name}” is already used by an item of this survey.");
            }
            else if (survey.Scales.Any(s => s != scale && s.Name == name))
            {
                errors.Add(nameof(input.Name), $"Variable name “{name}” is already used by another scale of this survey.");
            }
            else if (SurveyNames.IsCountVariableOf(survey, name))
            {
                errors.Add(nameof(input.Name), $"Variable name “{name}” is how analyses count the answers of a multiple-choice item; choose another.");
            }

            var members = input.Members.Where(m => m.Value != ScaleMembership.Out).ToList();
            foreach (var (itemId, _) in members)
            {
                var item = survey.Items.SingleOrDefault(i => i.Id == itemId);
                if (item is null)
                {
                    errors.Add(nameof(input.Members), "Choose items of this survey.");
                }
                else if (!ItemRules.CanBeScored(item.Type))
                {
                    errors.Add(nameof(input.Members), $"Item {item.Name} cannot be scored: a scale holds only Likert, whole-number and decimal items.");
                }
            }

            if (members.Count == 0)
            {
                errors.Add(nameof(input.Members), "Choose at least one item for the scale.");
            }

            if (!errors.IsEmpty)
            {
                return Task.FromResult<SurveyScale?>(null);
            }

            if (scale is null)
            {
                scale = new SurveyScale { Name = name };
                survey.Scales.Add(scale);
            }

            scale.Name = name;
            scale.Label = input.Label?.Trim() ?? "";
            scale.Scoring = input.Scoring;
            scale.Items.RemoveAll(m => !members.Exists(n => n.Key == m.ItemId));
            foreach (var (itemId, membership) in members)
            {
                var member = scale.Items.SingleOrDefault(m => m.ItemId == itemId);
                if (member is null)
                {
                    member = new ScaleItem { ItemId = itemId };
                    scale.Items.Add(member);
                }

                member.Reversed = membership == ScaleMembership.Reversed;
            }

            return Task.FromResult<SurveyScale?>(scale);
        }, cancellationToken);

    public Task<CommandResult<SurveyScale>> DeleteScaleAsync(int surveyId, int scaleId, CancellationToken cancellationToken = default) =>
        ChangeAsync(surveyId, (survey, _) =>
        {
            var scale = survey.Scales.SingleOrDefault(s => s.Id == scaleId);
            if (scale is not null)
            {
                survey.Scales.Remove(scale);
                db.Remove(scale);
            }

            return Task.FromResult(scale);
        }, cancellationToken);
}
