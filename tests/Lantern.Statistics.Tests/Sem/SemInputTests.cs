using Lantern.Statistics.Data;
using Lantern.Statistics.Sem;

namespace Lantern.Statistics.Tests.Sem;

/// <summary>Models and data that cannot be fitted get a clear error, never a result.</summary>
public sealed class SemInputTests
{
    private static NumericTable Table(params (string Name, double[] Values)[] columns) =>
        NumericTable.FromColumns([.. columns.Select(c => c.Name)], [.. columns.Select(c => (IReadOnlyList<double>)c.Values)]);

    private static readonly double[] X = [1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly double[] Y = [2, 1, 4, 3, 6, 5, 8, 9];

    [Fact]
    public void Too_few_complete_rows_are_refused_with_the_count()
    {
        var data = Table(("x", [1, 2, double.NaN]), ("y", [2, double.NaN, 3]));

        var error = Should.Throw<SemModelException>(() => Lantern.Statistics.Sem.Sem.Fit("y ~ x", data));

        error.Message.ShouldContain("Too few rows: 1 complete rows");
    }

    [Fact]
    public void Rows_missing_a_model_variable_are_left_out_listwise()
    {
        var data = Table(("x", [.. X, double.NaN]), ("y", [.. Y, 4]), ("unused", [.. X.Select(v => double.NaN), 1]));

        var result = Lantern.Statistics.Sem.Sem.Fit("y ~ x", data);

        result.NObs.ShouldBe(8);
    }

    [Fact]
    public void A_constant_variable_makes_the_sample_covariance_singular_and_is_refused()
    {
        var data = Table(("x", X), ("y", Y), ("c", [.. X.Select(_ => 3.0)]));

        Should.Throw<SemModelException>(() => Lantern.Statistics.Sem.Sem.Fit("y ~ x + c", data)).Message.ShouldContain("not positive definite");
    }

    [Fact]
    public void A_model_with_more_parameters_than_moments_is_refused_with_its_degrees_of_freedom()
    {
        var data = Table(("x", X), ("y", Y));

        Should.Throw<SemModelException>(() => Lantern.Statistics.Sem.Sem.Fit("y ~ x\ny ~~ x", data)).Message.ShouldContain("df = -1");
    }

    [Fact]
    public void A_simple_regression_equals_ordinary_least_squares()
    {
        var data = Table(("x", X), ("y", Y));
        var meanX = X.Average();
        var meanY = Y.Average();
        var slope = X.Zip(Y).Sum(p => (p.First - meanX) * (p.Second - meanY)) / X.Sum(v => (v - meanX) * (v - meanX));

        var result = Lantern.Statistics.Sem.Sem.Fit("y ~ x", data);

        result.Parameters.Single(p => p.Op == "~").Estimate.ShouldBe(slope, 1e-8);
        result.Fit.Df.ShouldBe(0);
        result.Fit.Chisq.ShouldBe(0, 1e-8);
    }
}

/// <summary>The fit indices as pure functions, against values computed by hand from their formulas.</summary>
public sealed class FitIndicesTests
{
    [Fact]
    public void Cfi_and_tli_follow_their_definitions()
    {
        // χ² = 48.127, df = 3; baseline 152.396 on 9 df (lavaan's hs_path reference).
        FitIndices.Cfi(48.127, 3, 152.396, 9).ShouldBe(1 - 45.127 / 143.396, 1e-12);
        FitIndices.Tli(48.127, 3, 152.396, 9).ShouldBe((152.396 / 9 - 48.127 / 3) / (152.396 / 9 - 1), 1e-12);
        FitIndices.Cfi(2, 5, 100, 10).ShouldBe(1, "a model that fits better than its df allows is capped at 1");
    }

    [Fact]
    public void Rmsea_uses_n_and_is_zero_for_a_saturated_model()
    {
        FitIndices.Rmsea(48.127, 3, 301).ShouldBe(Math.Sqrt(45.127 / (3 * 301)), 1e-12);
        FitIndices.Rmsea(0, 0, 100).ShouldBe(0);
        FitIndices.RmseaInterval(0, 0, 100).ShouldBe((0, 0));
    }

    [Fact]
    public void The_noncentral_chi_square_reduces_to_the_central_one_and_falls_as_noncentrality_grows()
    {
        FitIndices.NoncentralChiSquareCdf(3.84, 1, 0).ShouldBe(0.95, 1e-3);
        FitIndices.NoncentralChiSquareCdf(10, 3, 5).ShouldBeLessThan(FitIndices.NoncentralChiSquareCdf(10, 3, 1));
        FitIndices.NoncentralChiSquareCdf(0, 3, 5).ShouldBe(0);
    }
}
