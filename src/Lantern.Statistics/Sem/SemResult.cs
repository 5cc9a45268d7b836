namespace Lantern.Statistics.Sem;

/// <summary>
/// One row of the estimates, as lavaan's parameterEstimates(fit, standardized = TRUE) prints it.
/// Null where lavaan prints NA (a fixed parameter has a standard error of 0 and no z).
/// </summary>
public sealed record SemParameter(
    string Lhs, string Op, string Rhs, string? Label, double Estimate, double StandardError,
    double? Z, double? PValue, double CiLower, double CiUpper, double? StdAll);

/// <summary>The fit measures lavaan's fitMeasures() reports, under the same names.</summary>
public sealed record SemFitMeasures(
    int Npar, double Fmin, double Chisq, int Df, double? PValue, double BaselineChisq, int BaselineDf,
    double Cfi, double Tli, double Logl, double UnrestrictedLogl, double Aic, double Bic,
    double Rmsea, double RmseaCiLower, double RmseaCiUpper, double Srmr);

public sealed record SemResult(
    bool Converged, int Iterations, int NObs, ParameterTable Table, IReadOnlyList<SemParameter> Parameters, SemFitMeasures Fit);
