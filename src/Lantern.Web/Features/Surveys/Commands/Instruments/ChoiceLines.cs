using System.Text;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>
/// The choices of an item as the edit form shows them: per language, one <c>value = label</c> per
/// line. The default language's lines set the values and their order; other languages only label them.
/// </summary>
public static class ChoiceLines
{
    public const string Field = "Choices";

    public static readonly IReadOnlyList<int> LikertSizes = LikertLabels.Sizes;

    public static string Format(IEnumerable<ItemChoice> choices, string language)
    {
        var text = new StringBuilder();
        foreach (var choice in choices)
        {
            if (choice.Label.Texts.TryGetValue(language, out var label))
            {
                text.Append(choice.Value).Append(" = ").Append(label).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The default point labels of a Likert item, in the form's line format.</summary>
    public static string FormatLikert(int points) => string.Concat(LikertLabels.Agreement(points).Select((label, i) => $"{i + 1} = {label}\n"));

    /// <summary>
    /// The choices the lines describe, in order, or null with every problem added to
    /// <paramref name="errors"/> under <see cref="Field"/>, each naming its language and line.
    /// </summary>
    public static List<(string Value, LocalizedText Label)>? Parse(
        IReadOnlyDictionary<string, string> linesByLanguage, string defaultLanguage, FieldErrors errors)
    {
        var problemsBefore = errors.Messages.Count();
        var choices = new List<(string Value, LocalizedText Label)>();
        foreach (var (value, label, line) in Lines(linesByLanguage.GetValueOrDefault(defaultLanguage), defaultLanguage, errors))
        {
            if (choices.Exists(c => c.Value == value))
            {
                errors.Add(Field, $"Choices ({defaultLanguage}), line {line}: the value “{value}” is used twice; each choice needs its own value.");
                continue;
            }

            choices.Add((value, LocalizedText.Of(defaultLanguage, label)));
        }

        if (choices.Count == 0 && errors.Messages.Count() == problemsBefore)
        {
            errors.Add(Field, $"Choices ({defaultLanguage}): give at least one choice, one “value = label” per line.");
        }

        foreach (var (language, text) in linesByLanguage.Where(pair => pair.Key != defaultLanguage))
        {
            foreach (var (value, label, line) in Lines(text, language, errors))
            {
                var index = choices.FindIndex(c => c.Value == value);
                if (index < 0)
                {
                    errors.Add(Field, $"Choices ({language}), line {line}: “{value}” is not one of the values given in {defaultLanguage}.");
                    continue;
                }

                choices[index] = (value, choices[index].Label.With(language, label));
            }
        }

        return errors.Messages.Count() == problemsBefore ? choices : null;
    }

    private static IEnumerable<(string Value, string Label, int Line)> Lines(string? text, string language, FieldErrors errors)
    {
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var value = equals < 0 ? line : line[..equals].Trim();
            var label = equals < 0 ? "" : line[(equals + 1)..].Trim();
            if (!SurveyNames.IsValidChoiceValue(value))
            {
                errors.Add(Field, $"Choices ({language}), line {i + 1}: “{value}” is not a valid value: use letters, digits, “_”, “-” and “.”, no spaces, at most {SurveyModelConfiguration.NameLength} characters.");
            }
            else if (label.Length == 0)
            {
                errors.Add(Field, $"Choices ({language}), line {i + 1}: write the line as “value = label”.");
            }
            else if (label.Length > SurveyTexts.ChoiceLength)
            {
                errors.Add(Field, $"Choices ({language}), line {i + 1}: the label is {label.Length} characters long; at most {SurveyTexts.ChoiceLength} fit.");
            }
            else
            {
                yield return (value, label, i + 1);
            }
        }
    }
}
