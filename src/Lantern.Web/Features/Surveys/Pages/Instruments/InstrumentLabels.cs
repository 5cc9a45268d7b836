using System.Globalization;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Pages.Instruments;

/// <summary>How the instrument pages name types and summarise items for people.</summary>
public static class InstrumentLabels
{
    public static string Of(ItemType type) => type switch
    {
        ItemType.Likert => "Likert scale",
        ItemType.SingleChoice => "Single choice",
        ItemType.MultipleChoice => "Multiple choice",
        ItemType.WholeNumber => "Whole number",
        ItemType.DecimalNumber => "Decimal number",
        ItemType.Text => "Text",
        _ => "Date",
    };

    public static string Of(ScaleScoring scoring) => scoring == ScaleScoring.Mean ? "Mean of the items" : "Sum of the items";

    /// <summary>"7 points: Strongly disagree … Strongly agree", "3 choices: Yes, No, Unsure", "0 to 200", or nothing.</summary>
    public static string Answers(SurveyItem item, string language)
    {
        string Label(ItemChoice choice) => choice.Label.In(language, language);
        var choices = item.Choices.OrderBy(c => c.Position).ToList();
        return item.Type switch
        {
            ItemType.Likert when choices.Count > 0 => $"{choices.Count} points: {Label(choices[0])} … {Label(choices[^1])}",
            ItemType.SingleChoice or ItemType.MultipleChoice =>
                $"{choices.Count} choices: {string.Join(", ", choices.Take(4).Select(Label))}{(choices.Count > 4 ? ", …" : "")}",
            ItemType.WholeNumber or ItemType.DecimalNumber => Bounds(item.Minimum, item.Maximum),
            _ => "",
        };
    }

    private static string Bounds(decimal? minimum, decimal? maximum) => (minimum, maximum) switch
    {
        ({ } low, { } high) => $"{Show(low)} to {Show(high)}",
        ({ } low, null) => $"at least {Show(low)}",
        (null, { } high) => $"at most {Show(high)}",
        _ => "any number",
    };

    private static string Show(decimal number) => number.ToString("0.######", CultureInfo.InvariantCulture);
}
