using System.Globalization;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Responses;

/// <summary>What each column of a response export means: one row per variable, labels in the default language.</summary>
public static class Codebook
{
    public static readonly IReadOnlyList<string> Header = ["variable", "label", "type", "required", "show_if", "values", "scales"];

    public static IEnumerable<IReadOnlyList<string?>> Rows(Survey survey)
    {
        foreach (var (column, description) in ResponseTable.Metadata)
        {
            yield return [column, description, "metadata", null, null, null, null];
        }

        var sections = survey.Sections.ToDictionary(s => s.Id);
        foreach (var item in survey.Items)
        {
            var scales = survey.Scales
                .SelectMany(s => s.Items.Where(m => m.ItemId == item.Id).Select(m => m.Reversed ? $"{s.Name} (reversed)" : s.Name));
            yield return
            [
                item.Name,
                item.Label.In(survey.DefaultLanguage, survey.DefaultLanguage),
                TypeName(item.Type),
                item.Required ? "yes" : "no",
                ShowIf(sections.GetValueOrDefault(item.SectionId)?.ShowIf, item.ShowIf),
                Values(item, survey.DefaultLanguage),
                string.Join("; ", scales),
            ];
        }

    }

    public static string TypeName(ItemType type) => type switch
    {
        ItemType.Likert => "likert",
        ItemType.SingleChoice => "select_one",
        ItemType.MultipleChoice => "select_multiple",
        ItemType.WholeNumber => "integer",
        ItemType.DecimalNumber => "decimal",
        ItemType.Date => "date",
        _ => "text",
    };

    /// <summary>A question in a conditional section is asked only when both conditions hold.</summary>
    private static string? ShowIf(string? section, string? item) => (section, item) switch
    {
        (null or "", _) => item,
        (_, null or "") => section,
        _ => $"({section}) and ({item})",
    };

    private static string? Values(SurveyItem item, string language)
    {
        if (item.HasChoices)
        {
            return string.Join("; ", item.Choices.Select(c => $"{c.Value} = {c.Label.In(language, language)}"));
        }

        return (item.Minimum, item.Maximum) switch
        {
            (null, null) => null,
            var (min, max) => $"from {Format(min)} to {Format(max)}",
        };
    }

    private static string Format(decimal? number) => number?.ToString("0.############", CultureInfo.InvariantCulture) ?? "any";
}
