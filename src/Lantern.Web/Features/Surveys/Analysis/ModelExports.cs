using Lantern.Statistics.Sem;

namespace Lantern.Web.Features.Surveys.Analysis;

/// <summary>The rows of the parameter and fit tables, shared by the pages and the CSV exports.</summary>
public static class ModelExports
{
    public static readonly IReadOnlyList<string> ParameterHeader =
        ["lhs", "op", "rhs", "label", "est", "se", "z", "pvalue", "ci_lower", "ci_upper", "std_all", "stars"];

    public static readonly IReadOnlyList<string> FitHeader = ["measure", "value"];

    public static IEnumerable<IReadOnlyList<string?>> ParameterRows(ModelOutcome outcome) =>
        outcome.Parameters.Select(p => (IReadOnlyList<string?>)
        [
            p.Lhs, p.Op, p.Rhs, p.Label, Numbers.Exact(p.Estimate), p.StandardError > 0 ? Numbers.Exact(p.StandardError) : "",
            Numbers.Exact(p.Z), Numbers.Exact(p.PValue), Numbers.Exact(p.CiLower), Numbers.Exact(p.CiUpper), Numbers.Exact(p.StdAll), Numbers.Stars(p.PValue),
        ]);

    /// <summary>One fit measure: lavaan's name (the CSV's), a name for people, the exact value and a rounded one.</summary>
    public sealed record FitRow(string Measure, string Label, string Exact, string Display);

    public static IEnumerable<FitRow> FitRows(SemFitMeasures fit) =>
        FitMeasureCatalogue.All.Select(measure =>
        {
            var value = measure.Value(fit);
            return new FitRow(measure.Name, measure.Label, Numbers.Exact(value), measure.IsProbability ? Numbers.P(value) : Numbers.Fixed(value, measure.Decimals));
        });
}
