namespace Lantern.Statistics.Sem;

/// <summary>
/// One row of the estimates, as lavaan's parameterEstimates(fit, standardized = TRUE) prints it.
/// Null where lavaan prints NA (a fixed parameter has a standard error of 0 and no z).
/// </summary>
public sealed record SemParameter(
    string Lhs, string Op, string Rhs, string? Label, double Estimate, double StandardError,
    double? Z, double? PValue, double CiLower, double CiUpper, double? StdAll);

/// <summary>The fit measures lavaan's fitMeasures() reports; <see cref="FitMeasureCatalogue"/> names them for every output.</summary>
public sealed record SemFitMeasures(
    int Npar, double Fmin, double Chisq, int Df, double? PValue, double BaselineChisq, int BaselineDf,
    double Cfi, double Tli, double Logl, double UnrestrictedLogl, double Aic, double Bic,
    double Rmsea, double RmseaCiLower, double RmseaCiUpper, double Srmr);

public sealed record SemResult(
    bool Converged, int Iterations, int NObs, ParameterTable Table, IReadOnlyList<SemParameter> Parameters, SemFitMeasures Fit)
{
    /// <summary>Set when the fit was bootstrapped; the parameters then carry bootstrap errors and intervals.</summary>
    public BootstrapSummary? Bootstrap { get; init; }
}

/// <param name="Bootstrap">Number of non-parametric bootstrap resamples; 0 for none.</param>
/// <param name="Seed">Seed of the resampling: the same seed gives the same result.</param>
/// <param name="Progress">Told the number of resamples done so far.</param>
public sealed record SemOptions(int Bootstrap = 0, int Seed = 0, IProgress<int>? Progress = null);
