using System.Globalization;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Answers;

/// <summary>
/// Reads one answer as given (a form field, a spreadsheet cell) into the stored encoding, or says
/// why it cannot be. Choice items accept a choice's value or, failing that, its label in any
/// language, so exports from survey sites that write labels import as they are.
/// </summary>
public static class AnswerFormat
{
    public const int MaxTextLength = 4000;

    /// <returns>The canonical answer ("" when blank), or an error in words a respondent understands.</returns>
    public static (string Answer, string? Error) Read(SurveyItem item, string? given)
    {
        var text = (given ?? "").Trim();
        if (text.Length == 0)
        {
            return ("", null);
        }

        return item.Type switch
        {
            ItemType.Likert or ItemType.SingleChoice => Choice(item, text),
            ItemType.MultipleChoice => Choices(item, text),
            ItemType.WholeNumber => Number(item, text, wholeOnly: true),
            ItemType.DecimalNumber => Number(item, text, wholeOnly: false),
            ItemType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                : ("", "Enter a date as YYYY-MM-DD."),
            _ => text.Length <= MaxTextLength ? (text, null) : ("", $"Write at most {MaxTextLength} characters."),
        };
    }

    /// <summary>The values chosen in a stored multiple-choice answer.</summary>
    public static string[] Chosen(string? answer) => (answer ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The answer as a number for analysis: the value of a Likert point or numeric choice, a number, or null.</summary>
    public static double? AsNumber(string answer) =>
        double.TryParse(answer, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    private static (string, string?) Choice(SurveyItem item, string text)
    {
        var choice = Find(item, text);
        return choice is null ? ("", $"'{Shorten(text)}' is not one of the options.") : (choice.Value, null);
    }

    private static (string, string?) Choices(SurveyItem item, string text)
    {
        // Survey sites separate several choices with semicolons or commas (labels may hold spaces),
        // ODK with single spaces (values never do).
        char[] separators = text.AsSpan().ContainsAny(';', ',') ? [';', ','] : [' '];
        var parts = text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<string>();
        foreach (var part in parts.Length > 1 && Find(item, text) is { } whole ? [whole.Value] : parts)
        {
            var choice = Find(item, part);
            if (choice is null)
            {
                return ("", $"'{Shorten(part)}' is not one of the options.");
            }

            if (!values.Contains(choice.Value))
            {
                values.Add(choice.Value);
            }
        }

        // Stored in the instrument's order, so equal answers are equal text.
        return (string.Join(' ', item.Choices.Where(c => values.Contains(c.Value)).OrderBy(c => c.Position).Select(c => c.Value)), null);
    }

    private static ItemChoice? Find(SurveyItem item, string text) =>
        item.Choices.FirstOrDefault(c => c.Value == text)
        ?? item.Choices.FirstOrDefault(c => c.Label.Texts.Values.Any(label => string.Equals(label, text, StringComparison.OrdinalIgnoreCase)));

    private static (string, string?) Number(SurveyItem item, string text, bool wholeOnly)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return ("", wholeOnly ? "Enter a whole number." : "Enter a number, with a point for decimals.");
        }

        if (wholeOnly && number != decimal.Truncate(number))
        {
            return ("", "Enter a whole number.");
        }

        if (item.Minimum is { } min && number < min || item.Maximum is { } max && number > max)
        {
            return ("", $"Enter a number from {Format(item.Minimum)} to {Format(item.Maximum)}.");
        }

        return (Format(number), null);
    }

    private static string Format(decimal? number) =>
        number is { } n ? n.ToString("0.############", CultureInfo.InvariantCulture) : "any";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
