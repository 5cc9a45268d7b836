using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics;

/// <summary>What a sum of squares or products is divided by to make a (co)variance.</summary>
internal enum CovarianceDivisor
{
    /// <summary>n − 1, the unbiased estimate, as R's var() and cov(): what descriptive statistics report.</summary>
    NMinusOne,

    /// <summary>n, the maximum-likelihood estimate under normality: the sample covariance lavaan's ML fits.</summary>
    N,
}

/// <summary>
/// Means, sums of squares and covariances shared by the descriptive analyses and the SEM engine;
/// the callers have removed missing values.
/// </summary>
internal static class Moments
{
    /// <summary>
    /// The mean, computed as R's mean() does: sum / n, then corrected by the mean of the deviations,
    /// which recovers most of the rounding of the first pass. Equal values give that value exactly,
    /// so a constant column has a standard deviation of exactly 0 rather than about 1e-17.
    /// </summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        if (AllEqual(values))
        {
            return values[0];
        }

        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        var mean = sum / values.Length;
        var correction = 0.0;
        foreach (var value in values)
        {
            correction += value - mean;
        }

        return mean + (correction / values.Length);
    }

    /// <summary>Σ(x − mean)²; exactly 0 when all values are equal.</summary>
    public static double SumOfSquares(ReadOnlySpan<double> values, double mean)
    {
        if (values.IsEmpty || AllEqual(values))
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var value in values)
        {
            var deviation = value - mean;
            sum += deviation * deviation;
        }

        return sum;
    }

    /// <summary>The sample standard deviation (divisor n − 1), as R's sd(); NaN for fewer than two values.</summary>
    public static double Sd(ReadOnlySpan<double> values) =>
        Math.Sqrt(Divide(SumOfSquares(values, Mean(values)), values.Length, CovarianceDivisor.NMinusOne));

    /// <summary>Σ(x − x̄)(y − ȳ) over paired values of equal length.</summary>
    public static double SumOfProducts(ReadOnlySpan<double> x, double meanX, ReadOnlySpan<double> y, double meanY)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += (x[i] - meanX) * (y[i] - meanY);
        }

        return sum;
    }

    /// <summary>
    /// The covariance matrix of equally long columns, each sum of products divided as
    /// <paramref name="divisor"/> says; all NaN when that leaves nothing to divide by (fewer than two
    /// rows for n − 1, none for n).
    /// </summary>
    public static Matrix<double> Covariance(double[][] columns, CovarianceDivisor divisor)
    {
        var k = columns.Length;
        var n = k == 0 ? 0 : columns[0].Length;
        var means = new double[k];
        for (var i = 0; i < k; i++)
        {
            means[i] = Mean(columns[i]);
        }

        var covariance = Matrix<double>.Build.Dense(k, k);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var products = i == j
                    ? SumOfSquares(columns[i], means[i])
                    : SumOfProducts(columns[i], means[i], columns[j], means[j]);
                covariance[i, j] = covariance[j, i] = Divide(products, n, divisor);
            }
        }

        return covariance;
    }

    /// <summary>A sum of squares or products over n values, divided as <paramref name="divisor"/> says.</summary>
    private static double Divide(double sum, int n, CovarianceDivisor divisor)
    {
        var denominator = divisor == CovarianceDivisor.NMinusOne ? n - 1 : n;
        return denominator > 0 ? sum / denominator : double.NaN;
    }

    public static bool AllEqual(ReadOnlySpan<double> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] != values[0])
            {
                return false;
            }
        }

        return true;
    }
}
