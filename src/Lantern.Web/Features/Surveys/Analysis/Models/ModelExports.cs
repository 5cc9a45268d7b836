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

    /// <summary>The fit measures under lavaan's names: the exact value for files and a rounded one for pages.</summary>
    public static IEnumerable<(string Measure, string Exact, string Display)> FitRows(SemFitMeasures fit)
    {
        (string, string, string) Row(string name, double? value, int decimals = 3) => (name, Numbers.Exact(value), Numbers.Fixed(value, decimals));
        string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

        yield return ("npar", Whole(fit.Npar), Whole(fit.Npar));
        yield return Row("chisq", fit.Chisq);
        yield return ("df", Whole(fit.Df), Whole(fit.Df));
        yield return ("pvalue", Numbers.Exact(fit.PValue), Numbers.P(fit.PValue));
        yield return Row("cfi", fit.Cfi);
        yield return Row("tli", fit.Tli);
        yield return Row("rmsea", fit.Rmsea);
        yield return Row("rmsea.ci.lower", fit.RmseaCiLower);
        yield return Row("rmsea.ci.upper", fit.RmseaCiUpper);
        yield return Row("srmr", fit.Srmr);
        yield return Row("aic", fit.Aic, 2);
        yield return Row("bic", fit.Bic, 2);
        yield return Row("logl", fit.Logl, 2);
        yield return Row("baseline.chisq", fit.BaselineChisq);
        yield return ("baseline.df", Whole(fit.BaselineDf), Whole(fit.BaselineDf));
    }
}
