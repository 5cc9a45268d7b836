namespace Lantern.Statistics.Descriptive;

/// <summary>
/// The usual summary of one variable. <see cref="N"/> counts the values that are present and
/// <see cref="Missing"/> the NaNs; every statistic uses the present values only. Mean, Min, Max and
/// Median are NaN when no value is present; Sd (divisor n − 1, as R's sd()) is NaN below two values
/// and exactly 0 when all values are equal.
/// </summary>
public sealed record DescriptiveStatistics(int N, int Missing, double Mean, double Sd, double Min, double Max, double Median);

public static class Descriptives
{
    /// <summary>Summarizes the values; NaN is a missing value.</summary>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static DescriptiveStatistics Of(IReadOnlyList<double> values)
    {
        var present = Inputs.NonMissing(values, nameof(values));
        var missing = values.Count - present.Length;
        if (present.Length == 0)
        {
            return new DescriptiveStatistics(0, missing, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(present);
        var middle = present.Length / 2;
        var median = present.Length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
        return new DescriptiveStatistics(
            present.Length, missing, Moments.Mean(present), Moments.Sd(present), present[0], present[^1], median);
    }
}
