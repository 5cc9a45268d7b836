using System.Collections.ObjectModel;
using Lantern.Statistics.Data;

namespace Lantern.Statistics.Descriptive;

/// <summary>
/// Pearson's r over the pairs where both values are present (<see cref="N"/> of them), with the
/// test of r = 0 that R's cor.test() does: t = r·√(df / (1 − r²)), df = n − 2, two-sided p from
/// Student's t. R, T and P are NaN when fewer than three pairs are complete or either variable is
/// constant over them (r is then undefined, not 0); Df is then max(n − 2, 0).
/// </summary>
public sealed record PearsonCorrelation(double R, int N, double T, int Df, double P);

/// <summary>
/// Pearson correlations between every pair of <see cref="Columns"/>, each over the rows where both
/// are present (pairwise deletion), so <see cref="N"/> can differ from cell to cell. Indexed
/// [row][column] in the order of <see cref="Columns"/>. On the diagonal R is 1 (NaN for a column
/// that is constant or has fewer than three values), N is the column's count and P is NaN, since a
/// variable is not tested against itself.
/// </summary>
public sealed record CorrelationMatrix(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<double>> R,
    IReadOnlyList<IReadOnlyList<double>> P,
    IReadOnlyList<IReadOnlyList<int>> N);

public static class Correlation
{
    /// <summary>Pearson's r between two variables measured on the same cases; NaN is missing.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, or a value is infinite.</exception>
    public static PearsonCorrelation Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Inputs.ThrowIfInfinite(x, nameof(x));
        Inputs.ThrowIfInfinite(y, nameof(y));
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x has {x.Count} values and y has {y.Count}; they must be paired.", nameof(y));
        }

        var xs = new List<double>(x.Count);
        var ys = new List<double>(y.Count);
        for (var i = 0; i < x.Count; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                xs.Add(x[i]);
                ys.Add(y[i]);
            }
        }

        return PearsonOfComplete([.. xs], [.. ys]);
    }

    /// <summary>The correlation matrix of the named columns, with pairwise deletion.</summary>
    /// <exception cref="ArgumentException">A name is not a column or is repeated, or a cell is infinite.</exception>
    /// <exception cref="CsvFormatException">A named column holds text.</exception>
    public static CorrelationMatrix Matrix(NumericTable table, IReadOnlyList<string> columns)
    {
        var values = Inputs.Columns(table, columns, nameof(columns));
        var k = values.Length;
        var r = NewSquare<double>(k);
        var p = NewSquare<double>(k);
        var n = NewSquare<int>(k);
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                var result = Pearson(values[i], values[j]);
                if (i == j)
                {
                    // r(x, x) is 1 whenever r is defined at all; the test of it is meaningless.
                    result = result with { R = double.IsNaN(result.R) ? double.NaN : 1, P = double.NaN };
                }

                r[i][j] = r[j][i] = result.R;
                p[i][j] = p[j][i] = result.P;
                n[i][j] = n[j][i] = result.N;
            }
        }

        return new CorrelationMatrix([.. columns], ReadOnly(r), ReadOnly(p), ReadOnly(n));
    }

    private static PearsonCorrelation PearsonOfComplete(double[] x, double[] y)
    {
        var n = x.Length;
        var df = Math.Max(n - 2, 0);
        var meanX = Moments.Mean(x);
        var meanY = Moments.Mean(y);
        var sxx = Moments.SumOfSquares(x, meanX);
        var syy = Moments.SumOfSquares(y, meanY);
        if (n < 3 || sxx == 0 || syy == 0)
        {
            return new PearsonCorrelation(double.NaN, n, double.NaN, df, double.NaN);
        }

        // Rounding can carry |r| a hair past 1 for perfectly related variables.
        var r = Math.Clamp(Moments.SumOfProducts(x, meanX, y, meanY) / Math.Sqrt(sxx * syy), -1, 1);
        var t = Math.Abs(r) == 1 ? r * double.PositiveInfinity : r * Math.Sqrt(df / (1 - (r * r)));
        return new PearsonCorrelation(r, n, t, df, Probability.TwoSidedT(t, df));
    }

    private static T[][] NewSquare<T>(int size)
    {
        var rows = new T[size][];
        for (var i = 0; i < size; i++)
        {
            rows[i] = new T[size];
        }

        return rows;
    }

    private static ReadOnlyCollection<IReadOnlyList<T>> ReadOnly<T>(T[][] rows)
    {
        var result = new IReadOnlyList<T>[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = Array.AsReadOnly(rows[i]);
        }

        return Array.AsReadOnly(result);
    }
}
