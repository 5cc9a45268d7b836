using Lantern.Statistics.Data;
using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics.Descriptive;

/// <summary>
/// One item of a reliability analysis. Mean and Sd are of the item as analysed (reversed if it is
/// reverse-coded). <see cref="CorrectedItemTotalCorrelation"/> correlates the item with the sum of
/// the other items (psych's r.drop, SPSS's "corrected item-total correlation"): NaN when the item
/// or the rest is constant. <see cref="AlphaIfDeleted"/> is alpha of the other items: NaN for a
/// two-item scale, since one item has no alpha.
/// </summary>
public sealed record ItemReliability(
    string Item, bool Reversed, double Mean, double Sd, double CorrectedItemTotalCorrelation, double AlphaIfDeleted);

/// <summary>
/// Cronbach's alpha, k/(k − 1)·(1 − Σ item variances / variance of the total), over the
/// <see cref="N"/> rows that answered all <see cref="K"/> items (listwise deletion).
/// <see cref="StandardizedAlpha"/> is the same computed from the correlations, k·r̄ / (1 + (k − 1)·r̄).
/// Each is NaN when it is undefined: fewer than two complete rows, a constant total, or (for the
/// standardized alpha) a constant item.
/// </summary>
public sealed record ReliabilityResult(double Alpha, double StandardizedAlpha, int N, int K, IReadOnlyList<ItemReliability> Items);

public static class Reliability
{
    /// <summary>Cronbach's alpha of a scale's items, after reversing the reverse-coded ones.</summary>
    /// <param name="table">The data; NaN is an unanswered item.</param>
    /// <param name="items">The item columns, at least two.</param>
    /// <param name="reverseCoded">Items to reverse first (<c>min + max − x</c>); each one of <paramref name="items"/>.</param>
    /// <param name="min">The lowest possible answer.</param>
    /// <param name="max">The highest possible answer.</param>
    /// <exception cref="ArgumentException">
    /// Fewer than two items, an item that is not a column, a reverse-coded item that is not an item, an
    /// invalid range or an answer outside it.
    /// </exception>
    /// <exception cref="CsvFormatException">An item column holds text.</exception>
    public static ReliabilityResult CronbachAlpha(NumericTable table, IReadOnlyList<string> items, IReadOnlyList<string> reverseCoded, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count < 2)
        {
            throw new ArgumentException($"Cronbach's alpha needs at least two items; {items.Count} given.", nameof(items));
        }

        var columns = ScaleItems.Read(table, items, reverseCoded, min, max);
        var complete = Inputs.CompleteRows(columns, table.RowCount);
        var k = columns.Length;
        var n = complete.Length;
        var values = new double[k][];
        var means = new double[k];
        for (var i = 0; i < k; i++)
        {
            values[i] = Inputs.Take(columns[i], complete);
            means[i] = Moments.Mean(values[i]);
        }

        var covariance = Moments.Covariance(values, CovarianceDivisor.NMinusOne);
        var reversed = new HashSet<string>(reverseCoded, StringComparer.Ordinal);
        var rows = new ItemReliability[k];
        for (var i = 0; i < k; i++)
        {
            rows[i] = new ItemReliability(
                items[i], reversed.Contains(items[i]), means[i], Math.Sqrt(covariance[i, i]),
                ItemRestCorrelation(covariance, i), Alpha(covariance, skip: i));
        }

        return new ReliabilityResult(Alpha(covariance, skip: -1), StandardizedAlpha(covariance), n, k, Array.AsReadOnly(rows));
    }

    /// <summary>Cronbach's alpha of a defined scale (its items, reverse coding and range; the scoring rule does not matter).</summary>
    /// <inheritdoc cref="CronbachAlpha(NumericTable, IReadOnlyList{string}, IReadOnlyList{string}, double, double)"/>
    public static ReliabilityResult CronbachAlpha(NumericTable table, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return CronbachAlpha(table, scale.Items, scale.ReverseCoded, scale.Min, scale.Max);
    }

    /// <summary>Alpha of all items except <paramref name="skip"/> (−1: of all items).</summary>
    private static double Alpha(Matrix<double> covariance, int skip)
    {
        var k = covariance.RowCount - (skip >= 0 ? 1 : 0);
        if (k < 2)
        {
            return double.NaN;
        }

        var itemVariances = 0.0;
        var totalVariance = 0.0;
        for (var i = 0; i < covariance.RowCount; i++)
        {
            if (i == skip)
            {
                continue;
            }

            itemVariances += covariance[i, i];
            for (var j = 0; j < covariance.RowCount; j++)
            {
                totalVariance += j == skip ? 0 : covariance[i, j];
            }
        }

        // A constant total (possible when reversed items cancel the others) leaves alpha undefined.
        return totalVariance > 0 ? k / (k - 1.0) * (1 - (itemVariances / totalVariance)) : double.NaN;
    }

    /// <summary>k/(k − 1)·(1 − k / Σ r), the sum taken over the whole correlation matrix.</summary>
    private static double StandardizedAlpha(Matrix<double> covariance)
    {
        var k = covariance.RowCount;
        var sum = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var scale = Math.Sqrt(covariance[i, i] * covariance[j, j]);
                if (!(scale > 0))
                {
                    return double.NaN;
                }

                sum += covariance[i, j] / scale;
            }
        }

        return sum > 0 ? k / (k - 1.0) * (1 - (k / sum)) : double.NaN;
    }

    /// <summary>r(item, sum of the other items), from the covariances: cov(i, rest) / √(var i · var rest).</summary>
    private static double ItemRestCorrelation(Matrix<double> covariance, int item)
    {
        var k = covariance.RowCount;
        var withRest = 0.0;
        var restVariance = 0.0;
        for (var i = 0; i < k; i++)
        {
            if (i == item)
            {
                continue;
            }

            withRest += covariance[item, i];
            for (var j = 0; j < k; j++)
            {
                restVariance += j == item ? 0 : covariance[i, j];
            }
        }

        var scale = Math.Sqrt(covariance[item, item] * restVariance);
        return scale > 0 ? withRest / scale : double.NaN;
    }
}
