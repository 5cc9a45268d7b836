using System.Text.Json;
using System.Text.Json.Serialization;
using Lantern.Statistics.Sem;

namespace Lantern.Web.Features.Surveys.Analysis;

/// <summary>A bootstrap percentile interval of one defined parameter (an indirect effect).</summary>
public sealed record DefinedInterval(string Name, double Estimate, double StandardError, double Lower, double Upper);

/// <summary>
/// What running a saved analysis gave, as stored in <c>SurveyAnalysis.ResultJson</c>: either an
/// error (a syntax error with its place, unknown variables, a model the data cannot carry) or the
/// estimates, fit and diagram. The numbers are the engine's, unrounded.
/// </summary>
public sealed record ModelOutcome
{
    /// <summary>Fewer complete cases than this many per free parameter draws a warning.</summary>
    public const int CasesPerParameter = 5;

    private static readonly JsonSerializerOptions Json = new()
    {
        // Some measures are undefined (NaN) for saturated or tiny models; they must survive the round trip.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Responses in the survey.</summary>
    public int NTotal { get; init; }

    /// <summary>Responses with every model variable present (listwise deletion); null when the model did not get that far.</summary>
    public int? NUsed { get; init; }

    /// <summary>Why there is no result, in words; a syntax error names its line and column.</summary>
    public string? Error { get; init; }

    public bool Converged { get; init; }

    public int FreeParameters { get; init; }

    public IReadOnlyList<SemParameter> Parameters { get; init; } = [];

    public SemFitMeasures? Fit { get; init; }

    public int BootstrapRequested { get; init; }

    public int BootstrapSucceeded { get; init; }

    public int BootstrapSeed { get; init; }

    public IReadOnlyList<DefinedInterval> Intervals { get; init; } = [];

    public string? DiagramSvg { get; init; }

    [JsonIgnore]
    public bool Succeeded => Error is null && Fit is not null;

    /// <summary>What a reader must know before trusting the numbers, in plain words.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = new List<string>();
            if (!Succeeded)
            {
                return warnings;
            }

            if (FreeParameters >= NUsed)
            {
                warnings.Add($"The model has {FreeParameters} free parameters but only {NUsed} complete cases: there are not more cases than parameters, so the estimates cannot be trusted.");
            }
            else if (NUsed < CasesPerParameter * FreeParameters)
            {
                warnings.Add($"Small sample: {NUsed} complete cases for {FreeParameters} free parameters, fewer than {CasesPerParameter} cases per parameter ({CasesPerParameter * FreeParameters} needed). Treat the estimates and p-values as rough.");
            }

            if (!Converged)
            {
                warnings.Add("The estimation did not converge: the numbers below are from the last iteration, not a solution.");
            }

            if (BootstrapRequested > 0 && BootstrapSucceeded < BootstrapRequested)
            {
                warnings.Add($"{BootstrapRequested - BootstrapSucceeded} of {BootstrapRequested} bootstrap resamples failed (did not converge or had a singular covariance) and were left out of the intervals.");
            }

            return warnings;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModelOutcome? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ModelOutcome>(json, Json);
        }
        catch (JsonException)
        {
            // A result saved by an older version reads as "not computed", so it is simply run again.
            return null;
        }
    }
}
