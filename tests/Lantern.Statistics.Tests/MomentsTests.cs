using Lantern.Statistics.Tests.Descriptive;

namespace Lantern.Statistics.Tests;

/// <summary>
/// The one covariance routine, under both divisors. The Holzinger values are exact: rational
/// arithmetic (Python's fractions) over the file's decimals, rounded to double; x1's variance with
/// n − 1 is the square of R's sd(x1) in DescriptivesTests. They must agree to 1e-12 relative.
/// </summary>
public sealed class MomentsTests
{
    private static readonly double[][] HolzingerVisual = [.. new[] { "x1", "x2", "x3" }.Select(name => Reference.Column(Reference.Holzinger, name))];

    [Fact]
    public void Covariance_with_n_minus_one_is_the_unbiased_estimate_that_R_cov_gives()
    {
        var covariance = Moments.Covariance(HolzingerVisual, CovarianceDivisor.NMinusOne);

        ShouldBeClose(covariance.ToArray(), new[,]
        {
            { 1.362897744997786, 0.40872923458654487, 0.5818323200848422 },
            { 0.40872923458654487, 1.386389811738649, 0.45256748338870434 },
            { 0.5818323200848422, 0.45256748338870434, 1.2791144102990033 },
        });
    }

    [Fact]
    public void Covariance_with_n_is_the_maximum_likelihood_estimate_that_lavaan_fits()
    {
        var covariance = Moments.Covariance(HolzingerVisual, CovarianceDivisor.N);

        ShouldBeClose(covariance.ToArray(), new[,]
        {
            { 1.3583698455127435, 0.4073713301527025, 0.5798993223436966 },
            { 0.4073713301527025, 1.3817838655202481, 0.45106393693226343 },
            { 0.5798993223436966, 0.45106393693226343, 1.2748648607631263 },
        });
    }

    [Fact]
    public void A_constant_column_has_a_variance_and_covariances_of_exactly_zero()
    {
        var covariance = Moments.Covariance([[0.1, 0.1, 0.1], [1, 2, 4]], CovarianceDivisor.NMinusOne);

        covariance[0, 0].ShouldBe(0);
        covariance[0, 1].ShouldBe(0);
        covariance[1, 0].ShouldBe(0);
    }

    [Fact]
    public void One_row_has_no_unbiased_covariance_but_a_maximum_likelihood_one_of_zero()
    {
        double[][] oneRow = [[3], [5]];

        Moments.Covariance(oneRow, CovarianceDivisor.NMinusOne).Enumerate().ShouldAllBe(value => double.IsNaN(value));
        Moments.Covariance(oneRow, CovarianceDivisor.N).Enumerate().ShouldAllBe(value => value == 0);
        Moments.Sd([3]).ShouldBe(double.NaN);
    }

    private static void ShouldBeClose(double[,] actual, double[,] expected)
    {
        actual.GetLength(0).ShouldBe(expected.GetLength(0));
        actual.GetLength(1).ShouldBe(expected.GetLength(1));
        for (var i = 0; i < expected.GetLength(0); i++)
        {
            for (var j = 0; j < expected.GetLength(1); j++)
            {
                Math.Abs(actual[i, j] - expected[i, j]).ShouldBeLessThanOrEqualTo(1e-12 * Math.Abs(expected[i, j]), $"[{i}, {j}]: {actual[i, j]:R} vs {expected[i, j]:R}");
            }
        }
    }
}
