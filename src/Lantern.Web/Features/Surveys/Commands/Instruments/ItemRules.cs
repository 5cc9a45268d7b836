using System.Globalization;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>The checked parts of an item input, ready to apply.</summary>
public sealed record ItemDraft(string Name, SurveySection Section, LocalizedText Label, LocalizedText Hint,
    IReadOnlyList<(string Value, LocalizedText Label)> Choices, bool IsNumber);

/// <summary>Every rule an item must meet, checked against the whole instrument before anything changes.</summary>
public static class ItemRules
{
    /// <summary>Item types a scale can score: they hold numbers.</summary>
    public static bool CanBeScored(ItemType type) => type is ItemType.Likert or ItemType.WholeNumber or ItemType.DecimalNumber;

    /// <summary>
    /// The draft to apply, or null with every problem in <paramref name="errors"/> under the field it
    /// belongs to. <paramref name="item"/> is null for a new item; <paramref name="responded"/> says
    /// that stored answers exist, which freezes the item's name, type and choice values.
    /// </summary>
    public static ItemDraft? Check(Survey survey, SurveyItem? item, ItemInput input, bool responded, FieldErrors errors)
    {
        errors.AddAnnotationErrors(input);

        var name = input.Name?.Trim() ?? "";
        CheckName(survey, item, name, errors);
        var section = survey.Sections.SingleOrDefault(s => s.Id == input.SectionId);
        if (section is null && input.SectionId is not null)
        {
            errors.Add(nameof(input.SectionId), "Choose a section of this survey.");
        }

        var label = SurveyTexts.Localized(survey, input.Label);
        if (!label.Texts.ContainsKey(survey.DefaultLanguage))
        {
            errors.Add(nameof(input.Label), $"Label ({survey.DefaultLanguage}): write the question in the default language.");
        }

        var hint = SurveyTexts.Localized(survey, input.Hint);
        errors.CheckLength(nameof(input.Label), "The question", label, SurveyTexts.LabelLength);
        errors.CheckLength(nameof(input.Hint), "The hint", hint, SurveyTexts.HintLength);
        var isNumber = input.Type is ItemType.WholeNumber or ItemType.DecimalNumber;
        if (isNumber)
        {
            CheckBounds(input, errors);
        }

        var choices = CheckChoices(survey, input, errors);
        if (item is not null)
        {
            CheckFrozenParts(survey, item, input, name, choices, responded, errors);
        }

        if (section is not null && ShowIfProblem(survey, item, section, input.ShowIf, name) is { } problem)
        {
            errors.Add(nameof(input.ShowIf), problem);
        }

        return errors.IsEmpty
            ? new ItemDraft(name, section!, label, hint, choices ?? [], isNumber)
            : null;
    }

    private static void CheckName(Survey survey, SurveyItem? item, string name, FieldErrors errors)
    {
        if (name.Length == 0)
        {
            return;
        }

        if (!SurveyNames.IsValid(name))
        {
            errors.Add(nameof(ItemInput.Name), $"Variable name “{name}” is not valid: use {SurveyNames.Rule}.");
        }
        else if (survey.Items.Any(i => i != item && i.Name == name))
        {
            errors.Add(nameof(ItemInput.Name), $"Variable name “{name}” is already used by another item of this survey.");
        }
        else if (survey.Scales.Any(s => s.Name == name))
        {
            errors.Add(nameof(ItemInput.Name), $"Variable name “{name}” is already used by a scale of this survey.");
        }
        else if (SurveyNames.IsCountVariableOf(survey, name))
        {
            errors.Add(nameof(ItemInput.Name), $"Variable name “{name}” is how analyses count the answers of a multiple-choice item; choose another.");
        }
    }

    private static void CheckBounds(ItemInput input, FieldErrors errors)
    {
        if (input.Minimum > input.Maximum)
        {
            errors.Add(nameof(input.Minimum), $"The minimum ({Show(input.Minimum)}) is larger than the maximum ({Show(input.Maximum)}).");
        }

        if (input.Type == ItemType.WholeNumber && new[] { input.Minimum, input.Maximum }.Any(bound => bound is { } b && b != decimal.Truncate(b)))
        {
            errors.Add(nameof(input.Minimum), "A whole-number item needs whole-number bounds.");
        }
    }

    private static List<(string Value, LocalizedText Label)>? CheckChoices(Survey survey, ItemInput input, FieldErrors errors)
    {
        if (input.Type == ItemType.Likert)
        {
            if (!ChoiceLines.LikertSizes.Contains(input.LikertPoints))
            {
                errors.Add(nameof(input.LikertPoints), "A Likert item has 5 or 7 points.");
                return null;
            }

            var lines = new Dictionary<string, string>(input.Choices);
            if (string.IsNullOrWhiteSpace(lines.GetValueOrDefault(survey.DefaultLanguage)))
            {
                lines[survey.DefaultLanguage] = ChoiceLines.FormatLikert(input.LikertPoints);
            }

            var points = ChoiceLines.Parse(lines, survey.DefaultLanguage, errors);
            var expected = Enumerable.Range(1, input.LikertPoints).Select(n => n.ToString(CultureInfo.InvariantCulture));
            if (points is not null && !points.Select(p => p.Value).SequenceEqual(expected))
            {
                errors.Add(ChoiceLines.Field, $"Choices: a {input.LikertPoints}-point Likert item needs the points 1 to {input.LikertPoints} in order, one “number = label” per line (leave the box empty for agreement labels).");
            }

            return points;
        }

        return input.Type is ItemType.SingleChoice or ItemType.MultipleChoice
            ? ChoiceLines.Parse(input.Choices, survey.DefaultLanguage, errors)
            : [];
    }

    private static void CheckFrozenParts(Survey survey, SurveyItem item, ItemInput input, string name,
        List<(string Value, LocalizedText Label)>? choices, bool responded, FieldErrors errors)
    {
        if (input.Type != item.Type && !CanBeScored(input.Type) && survey.Scales.FirstOrDefault(s => s.Items.Any(m => m.ItemId == item.Id)) is { } scale)
        {
            errors.Add(nameof(input.Type), $"Item {item.Name} is in the scale {scale.Name}, which can only score Likert and number items; take it out of the scale first.");
        }

        if (!responded)
        {
            return;
        }

        const string Why = SurveyTexts.ResponsesExist;
        if (name.Length > 0 && name != item.Name)
        {
            errors.Add(nameof(input.Name), $"{Why} the variable name of {item.Name} cannot change: exports, scales and models of the stored answers use it.");
        }

        if (input.Type != item.Type)
        {
            errors.Add(nameof(input.Type), $"{Why} the type of {item.Name} cannot change: the stored answers would no longer fit it.");
        }
        else if (choices is not null && item.Choices.Where(c => !choices.Exists(n => n.Value == c.Value)).Select(c => c.Value).ToList() is { Count: > 0 } gone)
        {
            errors.Add(ChoiceLines.Field, $"{Why} choice values cannot be removed or changed: stored answers may use {string.Join(", ", gone.Select(v => $"“{v}”"))}. You can still change their labels or add choices.");
        }
    }

    /// <summary>Checks the condition where the item will stand: in place, or at the end of its new section.</summary>
    private static string? ShowIfProblem(Survey survey, SurveyItem? item, SurveySection section, string? showIf, string name)
    {
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        var staysInPlace = item is not null && item.SectionId == section.Id;
        foreach (var current in InstrumentOrder.Sections(survey))
        {
            foreach (var other in InstrumentOrder.ItemsOf(survey, current))
            {
                if (other == item && staysInPlace)
                {
                    return InstrumentOrder.ShowIfProblem(showIf, name, earlier, AllNames(survey, item, name));
                }

                if (other != item)
                {
                    earlier.Add(other.Name);
                }
            }

            if (current == section)
            {
                return InstrumentOrder.ShowIfProblem(showIf, name, earlier, AllNames(survey, item, name));
            }
        }

        return null;
    }

    private static HashSet<string> AllNames(Survey survey, SurveyItem? item, string name) =>
        [.. survey.Items.Where(i => i != item).Select(i => i.Name), name];

    private static string Show(decimal? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "";
}
