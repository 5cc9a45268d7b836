using Lantern.Statistics.Data;
using Lantern.Statistics.Sem;

namespace Lantern.Statistics.Tests.Sem;

public sealed class BootstrapTests
{
    private static SemResult Mediation(int resamples, int seed)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Reference");
        return Lantern.Statistics.Sem.Sem.Fit(
            File.ReadAllText(Path.Combine(folder, "mediation.lav")),
            CsvNumbers.ReadFile(Path.Combine(folder, "lavaan_mediation_sim_seed1234.csv")),
            new SemOptions(resamples, seed));
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_whatever_the_threads_do()
    {
        var first = Mediation(200, 42);
        var second = Mediation(200, 42);
        var other = Mediation(200, 43);

        second.Parameters.Select(p => (p.StandardError, p.CiLower, p.CiUpper)).ShouldBe(first.Parameters.Select(p => (p.StandardError, p.CiLower, p.CiUpper)));
        other.Parameters[0].StandardError.ShouldNotBe(first.Parameters[0].StandardError);
        first.Bootstrap!.Succeeded.ShouldBe(200);
    }

    /// <summary>
    /// lavaan 0.6-14: set.seed(7); sem(mediation.lav, data, se = "bootstrap", bootstrap = 1000);
    /// parameterEstimates(fit, boot.ci.type = "perc"). The resamples differ (another random number
    /// generator), so agreement is statistical: a bootstrap SE from 1,000 resamples varies by about
    /// 1/√2000 ≈ 2% of itself; the tolerance is 10%.
    /// </summary>
    [Theory]
    [InlineData("Y", "~", "X", 0.115)]
    [InlineData("M", "~", "X", 0.096)]
    [InlineData("Y", "~", "M", 0.089)]
    [InlineData("Y", "~~", "Y", 0.150)]
    [InlineData("M", "~~", "M", 0.167)]
    [InlineData("ab", ":=", "a*b", 0.085)]
    [InlineData("total", ":=", "c+(a*b)", 0.137)]
    public void Bootstrap_standard_errors_agree_with_lavaans(string lhs, string op, string rhs, double lavaanSe)
    {
        var result = Mediation(1000, 7);

        var row = result.Parameters.Single(p => p.Lhs == lhs && p.Op == op && p.Rhs == rhs);
        row.StandardError.ShouldBe(lavaanSe, 0.10 * lavaanSe);
        row.CiLower.ShouldBeLessThan(row.Estimate);
        row.CiUpper.ShouldBeGreaterThan(row.Estimate);
    }

    [Fact]
    public void Fixed_covariates_keep_a_zero_standard_error_and_their_value()
    {
        var result = Mediation(100, 1);

        var variance = result.Parameters.Single(p => p.Lhs == "X" && p.Op == "~~");
        variance.StandardError.ShouldBe(0);
        variance.CiLower.ShouldBe(variance.Estimate);
    }
}
