using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics.Sem;

/// <summary>What a non-parametric bootstrap produced: per table row, the spread of the resampled estimates.</summary>
public sealed record BootstrapSummary(int Requested, int Succeeded, int Seed, IReadOnlyList<double> StandardErrors, IReadOnlyList<(double Lower, double Upper)> Percentile95);

/// <summary>
/// Step 5 (optional): the non-parametric bootstrap, as lavaan's se = "bootstrap": rows are drawn
/// with replacement, the model is refitted to each resample (fixed.x covariates re-fixed at the
/// resample's values), and each parameter's standard error is the standard deviation of its
/// estimates; intervals are the 2.5% and 97.5% percentiles (R's quantile type 7). Resamples that
/// do not converge are dropped, as lavaan drops them.
/// </summary>
internal static class Bootstrap
{
    // Estimates within ~1e-5 of each resample's optimum: three orders of magnitude below the
    // spread the bootstrap measures.
    private const double ResampleTolerance = 1e-5;

    public static BootstrapSummary Run(
        ParameterTable table, double[][] columns, double[] estimate, int resamples, int seed,
        Func<ParameterTable, double[], double[]> rowValues, IProgress<int>? progress)
    {
        // One seed per resample, drawn in order, so the result does not depend on thread timing.
        var master = new Random(seed);
        var seeds = Enumerable.Range(0, resamples).Select(_ => master.Next()).ToArray();
        var results = new double[resamples][];
        var done = 0;
        Parallel.For(0, resamples, b =>
        {
            results[b] = Resample(table, columns, estimate, new Random(seeds[b]), rowValues);
            progress?.Report(Interlocked.Increment(ref done));
        });

        var succeeded = results.Where(r => r.Length > 0).ToArray();
        var rowCount = table.Rows.Count;
        var standardErrors = new double[rowCount];
        var intervals = new (double, double)[rowCount];
        var column = new double[succeeded.Length];
        for (var i = 0; i < rowCount; i++)
        {
            for (var b = 0; b < succeeded.Length; b++)
            {
                column[b] = succeeded[b][i];
            }

            standardErrors[i] = Moments.Sd(column);
            Array.Sort(column);
            intervals[i] = (Quantile(column, 0.025), Quantile(column, 0.975));
        }

        return new BootstrapSummary(resamples, succeeded.Length, seed, standardErrors, intervals);
    }

    private static double[] Resample(ParameterTable table, double[][] columns, double[] estimate, Random random, Func<ParameterTable, double[], double[]> rowValues)
    {
        // The data come as one column per observed variable; a drawn row takes its value in each.
        var n = columns[0].Length;
        var drawn = new double[columns.Length][];
        for (var j = 0; j < drawn.Length; j++)
        {
            drawn[j] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            var row = random.Next(n);
            for (var j = 0; j < drawn.Length; j++)
            {
                drawn[j][i] = columns[j][row];
            }
        }

        var sample = Moments.Covariance(drawn, CovarianceDivisor.N);
        if (!IsPositiveDefinite(sample))
        {
            return [];
        }

        var resampled = ModelBuilder.RefixExogenous(table, sample);
        try
        {
            var estimation = MaximumLikelihood.Estimate(new RamModel(resampled), sample, estimate, ResampleTolerance);
            return estimation.Converged ? rowValues(resampled, estimation.Theta) : [];
        }
        catch (SemModelException)
        {
            return [];
        }
    }

    internal static bool IsPositiveDefinite(Matrix<double> matrix)
    {
        try
        {
            return matrix.Cholesky().Determinant > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>R's default quantile (type 7) of sorted values.</summary>
    private static double Quantile(double[] sorted, double probability)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * probability;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
