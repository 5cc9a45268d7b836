using System.Globalization;
using Lantern.Statistics.Sem;

namespace Lantern.Web.Features.Surveys.Analysis.Models;

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

    /// <summary>The fit measures in the order researchers report them, under lavaan's names.</summary>
    public static IEnumerable<FitRow> FitRows(SemFitMeasures fit)
    {
        FitRow Row(string name, string label, double? value, int decimals = 3) => new(name, label, Numbers.Exact(value), Numbers.Fixed(value, decimals));
        FitRow Whole(string name, string label, int value) =>
            new(name, label, value.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));

        yield return Whole("npar", "Free parameters", fit.Npar);
        yield return Row("chisq", "χ²", fit.Chisq);
        yield return Whole("df", "Degrees of freedom", fit.Df);
        yield return new("pvalue", "p (χ² test)", Numbers.Exact(fit.PValue), Numbers.P(fit.PValue));
        yield return Row("cfi", "CFI", fit.Cfi);
        yield return Row("tli", "TLI", fit.Tli);
        yield return Row("rmsea", "RMSEA", fit.Rmsea);
        yield return Row("rmsea.ci.lower", "RMSEA 90% CI, lower", fit.RmseaCiLower);
        yield return Row("rmsea.ci.upper", "RMSEA 90% CI, upper", fit.RmseaCiUpper);
        yield return Row("srmr", "SRMR", fit.Srmr);
        yield return Row("aic", "AIC", fit.Aic, 2);
        yield return Row("bic", "BIC", fit.Bic, 2);
        yield return Row("logl", "Log-likelihood", fit.Logl, 2);
        yield return Row("baseline.chisq", "Baseline χ²", fit.BaselineChisq);
        yield return Whole("baseline.df", "Baseline degrees of freedom", fit.BaselineDf);
    }
}
