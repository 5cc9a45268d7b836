using Lantern.Statistics.Data;
using Lantern.Statistics.Sem.Syntax;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics.Sem;

/// <summary>
/// Structural equation models in lavaan's syntax, fitted the way lavaan's sem() and cfa() do by
/// default: ML, covariance with divisor N, expected-information standard errors, fixed.x, listwise
/// deletion. The steps run in this order: parse, build the parameter table, estimate, infer.
/// </summary>
public static class Sem
{
    private static readonly double Z975 = Normal.InvCDF(0, 1, 0.975);

    /// <exception cref="ModelSyntaxException">The syntax is not valid.</exception>
    /// <exception cref="SemModelException">The model and the data do not fit together (unknown variable, too few rows, …).</exception>
    public static SemResult Fit(string syntax, NumericTable data, SemOptions? options = null)
    {
        var model = ModelParser.Parse(syntax);
        Matrix<double>? sample = null;
        double[][] observedValues = [];
        var n = 0;
        var table = ModelBuilder.Build(model, data.Columns, observed =>
        {
            var complete = data.DropRowsWithMissing(observed);
            n = complete.RowCount;
            if (n <= observed.Count)
            {
                throw new SemModelException($"Too few rows: {n} complete rows for {observed.Count} observed variables; at least {observed.Count + 1} are needed.");
            }

            observedValues = ColumnsOf(complete, observed);
            sample = Moments.Covariance(observedValues, CovarianceDivisor.N);
            return sample;
        });

        var moments = MomentCount(table.Variables);
        var df = moments - table.FreeCount;
        if (df < 0)
        {
            throw new SemModelException($"The model has {table.FreeCount} free parameters but the data give only {moments} moments (df = {df}); it is not identified.");
        }

        if (!Bootstrap.IsPositiveDefinite(sample!))
        {
            throw new SemModelException("The sample covariance matrix is not positive definite: a variable is constant or a linear combination of others.");
        }

        var ram = new RamModel(table);
        var estimation = MaximumLikelihood.Estimate(ram, sample!, StartValues.For(table, sample!));
        var (_, omega) = ram.Solve(estimation.Theta);
        var covariance = estimation.Information.Inverse() * (2.0 / n);
        var parameters = Infer(table, estimation.Theta, covariance, omega);
        var fit = Measures(table, sample!, estimation, n, df);
        var estimated = table with { Rows = [.. table.Rows.Select((row, i) => row with { Estimate = parameters[i].Estimate })] };
        BootstrapSummary? bootstrap = null;
        if (options is { Bootstrap: > 0 } && estimation.Converged)
        {
            bootstrap = Bootstrap.Run(table, observedValues, estimation.Theta, options.Bootstrap, options.Seed, RowValues, options.Progress);
            parameters = [.. parameters.Select((parameter, i) => WithBootstrap(table.Rows[i], parameter, bootstrap, i))];
        }

        return new SemResult(estimation.Converged, estimation.Iterations, n, estimated, parameters, fit) { Bootstrap = bootstrap };
    }

    /// <summary>Free and defined rows take the bootstrap standard error and percentile interval, as lavaan reports them.</summary>
    private static SemParameter WithBootstrap(ParameterRow row, SemParameter parameter, BootstrapSummary bootstrap, int i)
    {
        if (row.Free == 0 && row.Operator != RowOperator.Defined)
        {
            return parameter;
        }

        var se = bootstrap.StandardErrors[i];
        var z = se > 0 ? parameter.Estimate / se : (double?)null;
        return parameter with
        {
            StandardError = se,
            Z = z,
            PValue = z is { } value ? 2 * (1 - Normal.CDF(0, 1, Math.Abs(value))) : null,
            CiLower = bootstrap.Percentile95[i].Lower,
            CiUpper = bootstrap.Percentile95[i].Upper,
        };
    }

    /// <summary>Observed moments the model must explain: all (co)variances but those of fixed.x covariates.</summary>
    private static int MomentCount(ModelVariables variables)
    {
        var p = variables.Observed.Count;
        var x = variables.FixedExogenous.Count;
        return p * (p + 1) / 2 - x * (x + 1) / 2;
    }

    /// <summary>Every row's value at <paramref name="theta"/>: free or fixed values, then the defined parameters in order.</summary>
    internal static double[] RowValues(ParameterTable table, double[] theta)
    {
        var values = new double[table.Rows.Count];
        var byLabel = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            var row = table.Rows[i];
            values[i] = row.Operator == RowOperator.Defined ? row.Definition!.Evaluate(label => byLabel[label])
                : row.Free > 0 ? theta[row.Free - 1]
                : row.Start;
            if (row.Label is not null)
            {
                byLabel.TryAdd(row.Label, values[i]);
            }
        }

        return values;
    }

    private static List<SemParameter> Infer(ParameterTable table, double[] theta, Matrix<double> covariance, Matrix<double> omega)
    {
        var index = table.Variables.All.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var values = RowValues(table, theta);
        double Sd(string name) => Math.Sqrt(omega[index[name], index[name]]);

        // A covariance between two variables is standardised by their own variance parameters, so a
        // residual covariance becomes a residual correlation (lavaan's std.all).
        var variance = table.Rows.Select((row, i) => (row, i)).Where(p => p.row.Operator == RowOperator.Covariance && p.row.Lhs == p.row.Rhs)
            .ToDictionary(p => p.row.Lhs, p => values[p.i]);
        var standardized = new double[values.Length];
        var stdByLabel = new Dictionary<string, double>(StringComparer.Ordinal);
        var result = new List<SemParameter>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var row = table.Rows[i];
            standardized[i] = row.Operator switch
            {
                RowOperator.Regression => values[i] * Sd(row.Rhs) / Sd(row.Lhs),
                RowOperator.MeasuredBy => values[i] * Sd(row.Lhs) / Sd(row.Rhs),
                RowOperator.Covariance when row.Lhs == row.Rhs => values[i] / (Sd(row.Lhs) * Sd(row.Rhs)),
                RowOperator.Covariance => values[i] / Math.Sqrt(variance[row.Lhs] * variance[row.Rhs]),
                // lavaan standardizes a defined parameter by applying it to the standardized parameters.
                _ => row.Definition!.Evaluate(label => stdByLabel[label]),
            };
            if (row.Label is not null)
            {
                stdByLabel.TryAdd(row.Label, standardized[i]);
            }

            var standardError = row.Operator == RowOperator.Defined ? DeltaMethodError(table, theta, covariance, i)
                : row.Free > 0 ? Math.Sqrt(covariance[row.Free - 1, row.Free - 1])
                : 0;
            result.Add(Row(row, values[i], standardError, standardized[i]));
        }

        return result;
    }

    /// <summary>The delta method: √(∇f Cov(θ̂) ∇fᵀ), with the gradient by central differences.</summary>
    private static double DeltaMethodError(ParameterTable table, double[] theta, Matrix<double> covariance, int rowIndex)
    {
        var gradient = Vector<double>.Build.Dense(theta.Length);
        var shifted = (double[])theta.Clone();
        for (var k = 0; k < theta.Length; k++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(theta[k]));
            shifted[k] = theta[k] + h;
            var up = RowValues(table, shifted)[rowIndex];
            shifted[k] = theta[k] - h;
            var down = RowValues(table, shifted)[rowIndex];
            shifted[k] = theta[k];
            gradient[k] = (up - down) / (2 * h);
        }

        return Math.Sqrt(Math.Max(0, gradient * covariance * gradient));
    }

    private static SemParameter Row(ParameterRow row, double estimate, double se, double std)
    {
        var label = row.Label;
        if (se > 0)
        {
            var z = estimate / se;
            return new SemParameter(row.Lhs, row.OperatorSymbol, row.Rhs, label, estimate, se, z, 2 * (1 - Normal.CDF(0, 1, Math.Abs(z))),
                estimate - Z975 * se, estimate + Z975 * se, Finite(std));
        }

        return new SemParameter(row.Lhs, row.OperatorSymbol, row.Rhs, label, estimate, 0, null, null, estimate, estimate, Finite(std));
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static SemFitMeasures Measures(ParameterTable table, Matrix<double> sample, Estimation estimation, int n, int df)
    {
        var p = sample.RowCount;
        var npar = table.FreeCount;
        var logDetSample = sample.Cholesky().DeterminantLn;
        var chisq = n * estimation.Discrepancy;
        // With fixed.x the covariates are conditioned on, as in lavaan: their own likelihood, the
        // same under every model, is left out of logl and of the unrestricted logl.
        var unrestricted = NormalLogLikelihood(n, p, logDetSample) - NormalLogLikelihood(n, table.Variables.FixedExogenous.Count, LogDetOfExogenous(table.Variables, sample));
        var logl = unrestricted - chisq / 2;

        var baseline = BaselineImplied(table.Variables, sample);
        var baselineChisq = n * MaximumLikelihood.Discrepancy(baseline, sample, logDetSample);
        var baselineDf = MomentCount(table.Variables) - (p - table.Variables.FixedExogenous.Count);
        var (rmseaLower, rmseaUpper) = FitIndices.RmseaInterval(chisq, df, n);
        return new SemFitMeasures(
            npar, estimation.Discrepancy / 2, chisq, df, df > 0 ? 1 - ChiSquared.CDF(df, chisq) : null, baselineChisq, baselineDf,
            FitIndices.Cfi(chisq, df, baselineChisq, baselineDf), FitIndices.Tli(chisq, df, baselineChisq, baselineDf),
            logl, unrestricted, -2 * logl + 2 * npar, -2 * logl + npar * Math.Log(n),
            FitIndices.Rmsea(chisq, df, n), rmseaLower, rmseaUpper, Srmr(sample, estimation.Implied));
    }

    /// <summary>The maximised normal log-likelihood of <paramref name="p"/> variables whose covariance is their sample covariance.</summary>
    private static double NormalLogLikelihood(int n, int p, double logDet) => -n / 2.0 * (p * Math.Log(2 * Math.PI) + logDet + p);

    private static double LogDetOfExogenous(ModelVariables variables, Matrix<double> sample)
    {
        var indices = variables.FixedExogenous.Select(x => variables.Observed.IndexOf(x)).ToArray();
        if (indices.Length == 0)
        {
            return 0;
        }

        var block = Matrix<double>.Build.Dense(indices.Length, indices.Length, (i, j) => sample[indices[i], indices[j]]);
        return block.Cholesky().DeterminantLn;
    }

    /// <summary>The independence model: free variances, and fixed.x covariates keeping their sample covariances.</summary>
    private static Matrix<double> BaselineImplied(ModelVariables variables, Matrix<double> sample)
    {
        var baseline = Matrix<double>.Build.Dense(sample.RowCount, sample.ColumnCount);
        for (var i = 0; i < sample.RowCount; i++)
        {
            for (var j = 0; j < sample.ColumnCount; j++)
            {
                var bothFixed = variables.FixedExogenous.Contains(variables.Observed[i]) && variables.FixedExogenous.Contains(variables.Observed[j]);
                baseline[i, j] = i == j || bothFixed ? sample[i, j] : 0;
            }
        }

        return baseline;
    }

    /// <summary>Standardised root mean square residual (Bentler): residuals scaled by the sample standard deviations.</summary>
    private static double Srmr(Matrix<double> sample, Matrix<double> implied)
    {
        var (sum, count) = (0.0, 0);
        for (var i = 0; i < sample.RowCount; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var residual = (sample[i, j] - implied[i, j]) / Math.Sqrt(sample[i, i] * sample[j, j]);
                sum += residual * residual;
                count++;
            }
        }

        return Math.Sqrt(sum / count);
    }

    private static double[][] ColumnsOf(NumericTable data, IReadOnlyList<string> columns)
    {
        var selected = data.Select(columns);
        var values = new double[columns.Count][];
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = selected.GetValues(j).ToArray();
        }

        return values;
    }
}
