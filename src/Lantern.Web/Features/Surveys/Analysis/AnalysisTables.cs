using Lantern.Statistics.Descriptive;
using Lantern.Web.Features.Surveys.Queries;

namespace Lantern.Web.Features.Surveys.Analysis;

/// <summary>The analysis page's tables as rows, shared by the page and its CSV exports.</summary>
public static class AnalysisTables
{
    public static readonly IReadOnlyList<string> DemographicHeader = ["characteristic", "category", "percent", "n"];

    public static readonly IReadOnlyList<string> DescriptiveHeader = ["variable", "label", "n", "mean", "sd", "min", "max"];

    public static readonly IReadOnlyList<string> CorrelationHeader = ["variable", "with", "r", "p", "n"];

    /// <summary>The correlation matrix's variables: the known names asked for, or by default the scales and numeric non-Likert variables.</summary>
    public static IReadOnlyList<string> CorrelationVariables(SurveyDataset dataset, IReadOnlyCollection<string>? chosen) =>
        chosen is { Count: > 0 }
            ? [.. dataset.Variables.Where(v => chosen.Contains(v.Name)).Select(v => v.Name)]
            : [.. dataset.Variables.Where(v => v.Kind is VariableKind.ScaleScore or VariableKind.WholeNumber or VariableKind.DecimalNumber
                or VariableKind.NumericChoice or VariableKind.ChoiceCount).Select(v => v.Name)];

    /// <summary>Numeric items and counts; 0/1 option variables are left out, their mean being only the share that chose the option.</summary>
    public static IEnumerable<(AnalysisVariable Variable, DescriptiveStatistics Statistics)> Descriptives(SurveyDataset dataset) =>
        dataset.Variables.Where(v => v.Kind is not (VariableKind.ChoiceIndicator or VariableKind.ScaleScore))
            .Select(v => (v, Lantern.Statistics.Descriptive.Descriptives.Of(dataset.Values(v.Name))));

    /// <summary>Each pair once, the upper triangle of the matrix.</summary>
    public static IEnumerable<(string Variable, string With, double R, double P, int N)> Pairs(CorrelationMatrix matrix) =>
        from i in Enumerable.Range(0, matrix.Columns.Count)
        from j in Enumerable.Range(i + 1, matrix.Columns.Count - i - 1)
        select (matrix.Columns[i], matrix.Columns[j], matrix.R[i][j], matrix.P[i][j], matrix.N[i][j]);

    public static IEnumerable<IReadOnlyList<string?>> DemographicRows(IEnumerable<DemographicBlock> blocks) =>
        blocks.SelectMany(block => block.Rows.Select(row => (IReadOnlyList<string?>)
            [block.Characteristic, row.Category, Numbers.Exact(row.Percent), row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]));

    public static IEnumerable<IReadOnlyList<string?>> DescriptiveRows(SurveyDataset dataset) =>
        Descriptives(dataset).Select(d => (IReadOnlyList<string?>)
        [
            d.Variable.Name, d.Variable.Label, d.Statistics.N.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Numbers.Exact(d.Statistics.Mean), Numbers.Exact(d.Statistics.Sd), Numbers.Exact(d.Statistics.Min), Numbers.Exact(d.Statistics.Max),
        ]);

    public static IEnumerable<IReadOnlyList<string?>> CorrelationRows(CorrelationMatrix matrix) =>
        Pairs(matrix).Select(p => (IReadOnlyList<string?>)
            [p.Variable, p.With, Numbers.Exact(p.R), Numbers.Exact(p.P), p.N.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
}
