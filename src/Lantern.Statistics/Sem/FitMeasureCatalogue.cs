namespace Lantern.Statistics.Sem;

/// <summary>One fit measure as every output shows it.</summary>
/// <param name="Name">lavaan's name in fitMeasures(), which researchers look for (<c>rmsea.ci.lower</c>).</param>
/// <param name="Label">The name a results table gives it for people who do not read lavaan.</param>
/// <param name="Decimals">
/// The decimals a report rounds it to: 0 for counts, 2 for the log-likelihood and the information
/// criteria (values in the thousands, compared by their differences), 3 otherwise.
/// </param>
/// <param name="IsProbability">A p-value, which APA style writes as ".042" and "&lt; .001".</param>
/// <param name="Value">The measure of a fit; null or NaN where lavaan reports NA.</param>
public sealed record FitMeasure(string Name, string Label, int Decimals, bool IsProbability, Func<SemFitMeasures, double?> Value);

/// <summary>
/// The fit measures the engine computes, named once for the command line, the survey pages and their
/// exports, in the order lavaan's fitMeasures() lists them.
/// </summary>
public static class FitMeasureCatalogue
{
    public static IReadOnlyList<FitMeasure> All { get; } =
    [
        new("npar", "Free parameters", 0, false, f => f.Npar),
        new("fmin", "Minimum of the fit function", 3, false, f => f.Fmin),
        new("chisq", "χ²", 3, false, f => f.Chisq),
        new("df", "Degrees of freedom", 0, false, f => f.Df),
        new("pvalue", "p (χ² test)", 3, true, f => f.PValue),
        new("baseline.chisq", "Baseline χ²", 3, false, f => f.BaselineChisq),
        new("baseline.df", "Baseline degrees of freedom", 0, false, f => f.BaselineDf),
        new("cfi", "CFI", 3, false, f => f.Cfi),
        new("tli", "TLI", 3, false, f => f.Tli),
        new("logl", "Log-likelihood", 2, false, f => f.Logl),
        new("unrestricted.logl", "Log-likelihood, unrestricted model", 2, false, f => f.UnrestrictedLogl),
        new("aic", "AIC", 2, false, f => f.Aic),
        new("bic", "BIC", 2, false, f => f.Bic),
        new("rmsea", "RMSEA", 3, false, f => f.Rmsea),
        new("rmsea.ci.lower", "RMSEA 90% CI, lower", 3, false, f => f.RmseaCiLower),
        new("rmsea.ci.upper", "RMSEA 90% CI, upper", 3, false, f => f.RmseaCiUpper),
        new("srmr", "SRMR", 3, false, f => f.Srmr),
    ];
}
