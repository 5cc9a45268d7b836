namespace Lantern.Statistics.Descriptive;

/// <summary>Means and sums of squares shared by the analyses; the callers have removed missing values.</summary>
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

    /// <summary>The sample standard deviation (divisor n − 1); NaN for fewer than two values.</summary>
    public static double Sd(ReadOnlySpan<double> values) =>
        values.Length < 2 ? double.NaN : Math.Sqrt(SumOfSquares(values, Mean(values)) / (values.Length - 1));

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
