using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics.Sem;

/// <summary>
/// Step 3a: starting values close enough that Fisher scoring needs few iterations. Observed
/// residual variances start at half the sample variance and regressions at 0, as in lavaan. Each
/// factor's variance and loadings come from its indicators' covariances: with the marker's loading
/// at 1, a one-factor model gives cov(m, j) = λⱼ φ and cov(j, k) = λⱼ λₖ φ, so
/// φ = cov(m, j) cov(m, k) / cov(j, k) (the median over pairs) and λⱼ = cov(m, j) / φ.
/// </summary>
internal static class StartValues
{
    public static double[] For(ParameterTable table, Matrix<double> sample)
    {
        var observed = table.Variables.Observed;
        int Index(string name) => observed.IndexOf(name);
        var factors = FactorStarts(table, sample, Index);

        var start = new double[table.FreeCount];
        foreach (var row in table.ModelRows.Where(r => r.Free > 0))
        {
            start[row.Free - 1] = row switch
            {
                { Operator: RowOperator.MeasuredBy } when factors.TryGetValue(row.Lhs, out var f) && f.Loadings.TryGetValue(row.Rhs, out var loading) => loading,
                { Operator: RowOperator.Covariance } when row.Lhs == row.Rhs && Index(row.Lhs) is var i and >= 0 => 0.5 * sample[i, i],
                { Operator: RowOperator.Covariance } when row.Lhs == row.Rhs && factors.TryGetValue(row.Lhs, out var f) => f.Variance,
                { Operator: RowOperator.Covariance } when row.Lhs == row.Rhs => 0.05,
                _ => double.IsNaN(row.Start) ? 0 : row.Start,
            };
        }

        return start;
    }

    private sealed record FactorStart(double Variance, Dictionary<string, double> Loadings);

    private static Dictionary<string, FactorStart> FactorStarts(ParameterTable table, Matrix<double> sample, Func<string, int> index)
    {
        var result = new Dictionary<string, FactorStart>(StringComparer.Ordinal);
        foreach (var factor in table.Variables.Latent)
        {
            var loadings = table.ModelRows.Where(r => r.Operator == RowOperator.MeasuredBy && r.Lhs == factor).ToList();
            var marker = loadings.FirstOrDefault(r => r.Free == 0 && r.Start != 0 && index(r.Rhs) >= 0);
            var others = loadings.Where(r => r.Free > 0 && index(r.Rhs) >= 0).Select(r => index(r.Rhs)).ToList();
            if (marker is null || others.Count < 2)
            {
                continue;
            }

            var m = index(marker.Rhs);
            var estimates = new List<double>();
            for (var a = 0; a < others.Count; a++)
            {
                for (var b = a + 1; b < others.Count; b++)
                {
                    var (j, k) = (others[a], others[b]);
                    var phi = sample[m, j] * sample[m, k] / sample[j, k] / (marker.Start * marker.Start);
                    if (double.IsFinite(phi) && phi > 0)
                    {
                        estimates.Add(phi);
                    }
                }
            }

            if (estimates.Count == 0)
            {
                continue;
            }

            estimates.Sort();
            var variance = Math.Min(estimates[estimates.Count / 2], sample[m, m]);
            var starts = loadings.Where(r => r.Free > 0 && index(r.Rhs) >= 0)
                .ToDictionary(r => r.Rhs, r => sample[m, index(r.Rhs)] / (variance * marker.Start));
            result[factor] = new FactorStart(variance, starts);
        }

        return result;
    }
}
