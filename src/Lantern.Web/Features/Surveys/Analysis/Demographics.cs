using Lantern.Statistics.Descriptive;
using Lantern.Web.Features.Surveys.Queries;

namespace Lantern.Web.Features.Surveys.Analysis;

/// <summary>One line of the demographic table: a category with its share of all respondents and its count.</summary>
public sealed record DemographicRow(string Category, double Percent, int Count);

public sealed record DemographicBlock(string Characteristic, IReadOnlyList<DemographicRow> Rows);

/// <summary>
/// The study's Table I: every single-choice item, each category with the percentage of all
/// respondents who chose it and their number. Respondents who skipped the item are a "No answer"
/// line, so each block adds up to n.
/// </summary>
public static class Demographics
{
    public const string NoAnswer = "No answer";

    public static IReadOnlyList<DemographicBlock> Of(SurveyDataset dataset, string language) =>
        [.. dataset.Categories.Select(category => Block(category, language))];

    private static DemographicBlock Block(CategoricalVariable category, string language)
    {
        var choices = category.Item.Choices;
        // The engine counts numbers, so each answer becomes its choice's position; unanswered is missing.
        var positions = category.Answers.Select(a => choices.FindIndex(c => c.Value == a) is var i and >= 0 ? i : double.NaN).ToList();
        var table = Frequencies.Of(positions);
        var rows = choices.Select((choice, i) => table.Rows.FirstOrDefault(r => r.Value == i) is { } row
                ? new DemographicRow(choice.Label.In(language, language), row.Percent, row.Count)
                : new DemographicRow(choice.Label.In(language, language), table.Total == 0 ? double.NaN : 0, 0))
            .ToList();
        if (table.Missing > 0)
        {
            rows.Add(new DemographicRow(NoAnswer, table.MissingPercent, table.Missing));
        }

        return new DemographicBlock(category.Item.Label.In(language, language), rows);
    }
}
