using System.Text.Json;
using Lantern.Statistics.Data;
using Lantern.Statistics.Sem;

namespace Lantern.Statistics.Tests.Sem;

/// <summary>
/// Every estimate, standard error, standardized estimate and fit measure against lavaan 0.6-14
/// (R 4.2.2, Debian's r-cran-lavaan), default sem()/cfa() options. The references and their data
/// are in Reference/ (copied from the project's shared data; see Reference/README.md).
/// Tolerance: 1e-3, relative to the value where it is above 1 in size.
/// </summary>
public sealed class LavaanReferenceTests
{
    private const double Tolerance = 1e-3;

    public static TheoryData<string, string> Models => new()
    {
        { "hs_cfa", "HolzingerSwineford1939.csv" },
        { "hs_path", "HolzingerSwineford1939.csv" },
        { "mediation", "lavaan_mediation_sim_seed1234.csv" },
        { "political_democracy", "PoliticalDemocracy.csv" },
        { "political_democracy_equal", "PoliticalDemocracy.csv" },
        { "latent_mediation", "HolzingerSwineford1939.csv" },
        { "missing_listwise", "lavaan_mediation_sim_seed1234_missing.csv" },
        { "fixed_values", "HolzingerSwineford1939.csv" },
        { "multiple_regression_fixed_x", "HolzingerSwineford1939.csv" },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Estimates_standard_errors_and_standardized_values_match_lavaan(string model, string data)
    {
        var (result, expected) = FitAgainstReference(model, data);

        result.Converged.ShouldBeTrue();
        result.NObs.ShouldBe(expected.GetProperty("nobs").GetInt32());
        var rows = expected.GetProperty("parameters").EnumerateArray().ToList();
        result.Parameters.Count.ShouldBe(rows.Count, "one row for every row lavaan prints");
        for (var i = 0; i < rows.Count; i++)
        {
            var want = rows[i];
            var got = result.Parameters[i];
            var name = $"row {i + 1}: {want.GetProperty("lhs").GetString()} {want.GetProperty("op").GetString()} {want.GetProperty("rhs").GetString()}";
            $"{got.Lhs} {got.Op} {got.Rhs}".ShouldBe($"{want.GetProperty("lhs").GetString()} {want.GetProperty("op").GetString()} {want.GetProperty("rhs").GetString()}", name);
            got.Label.ShouldBe(want.GetProperty("label").ValueKind == JsonValueKind.Null ? null : want.GetProperty("label").GetString(), name);
            Close(got.Estimate, want.GetProperty("est"), name + " est");
            Close(got.StandardError, want.GetProperty("se"), name + " se");
            Close(got.StdAll, want.GetProperty("std_all"), name + " std.all");
            Close(got.Z, want.GetProperty("z"), name + " z");
            Close(got.PValue, want.GetProperty("pvalue"), name + " pvalue");
            Close(got.CiLower, want.GetProperty("ci_lower"), name + " ci.lower");
            Close(got.CiUpper, want.GetProperty("ci_upper"), name + " ci.upper");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Fit_measures_match_lavaan_under_lavaans_names(string model, string data)
    {
        var (result, expected) = FitAgainstReference(model, data);
        var fit = expected.GetProperty("fit");

        // The references keep the names lavaan printed, so this also checks the catalogue's spelling and order.
        FitMeasureCatalogue.All.Select(measure => measure.Name).ShouldBe(fit.EnumerateObject().Select(p => p.Name));
        foreach (var measure in FitMeasureCatalogue.All)
        {
            Close(measure.Value(result.Fit), fit.GetProperty(measure.Name), measure.Name);
        }
    }

    private static (SemResult Result, JsonElement Expected) FitAgainstReference(string model, string data)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Reference");
        var result = Lantern.Statistics.Sem.Sem.Fit(File.ReadAllText(Path.Combine(folder, model + ".lav")), CsvNumbers.ReadFile(Path.Combine(folder, data)));
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, model + ".expected.json")));
        return (result, document.RootElement.Clone());
    }

    private static void Close(double? actual, JsonElement expected, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            actual.ShouldBeNull(what);
            return;
        }

        var want = expected.GetDouble();
        actual.ShouldNotBeNull(what);
        Math.Abs(actual.Value - want).ShouldBeLessThanOrEqualTo(Tolerance * Math.Max(1, Math.Abs(want)), $"{what}: {actual} vs lavaan {want}");
    }
}
