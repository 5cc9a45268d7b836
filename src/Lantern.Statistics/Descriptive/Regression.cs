using Lantern.Statistics.Data;
using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics.Descriptive;

/// <summary>
/// One term of a linear regression, as R's summary(lm()) prints it, plus the standardized
/// coefficient <see cref="Beta"/> = B·sd(x)/sd(y) (NaN for the intercept) and the 95% confidence
/// interval B ± t(0.975, df)·Se.
/// </summary>
public sealed record RegressionCoefficient(string Term, double B, double Se, double T, double P, double Beta, double CiLower, double CiUpper);

/// <summary>
/// An ordinary least-squares fit over the <see cref="N"/> rows with the outcome and every predictor
/// present (listwise deletion). <see cref="Coefficients"/> starts with the intercept
/// (<see cref="Regression.InterceptTerm"/>), then the predictors in the order given. F tests all
/// slopes against 0 on (<see cref="DfModel"/>, <see cref="DfResidual"/>) degrees of freedom.
/// </summary>
public sealed record RegressionResult(
    string Outcome,
    int N,
    IReadOnlyList<RegressionCoefficient> Coefficients,
    double RSquared,
    double AdjustedRSquared,
    double F,
    int DfModel,
    int DfResidual,
    double FPValue,
    double ResidualStandardError);

public static class Regression
{
    /// <summary>The intercept's name among the coefficients, as R prints it.</summary>
    public const string InterceptTerm = "(Intercept)";

    // R's lm() treats a column as redundant when QR leaves less than this fraction of its length
    // unexplained by the columns before it (dqrdc2's default tol = 1e-7).
    private const double CollinearityTolerance = 1e-7;

    /// <summary>Regresses <paramref name="outcome"/> on <paramref name="predictors"/> with an intercept.</summary>
    /// <exception cref="ArgumentException">
    /// No predictors; the outcome named among them; a name that is not a column or is repeated; an
    /// infinite cell; fewer complete rows than predictors + 2 (no residual degree of freedom); a
    /// constant outcome; or a predictor that is constant or a linear combination of the ones before
    /// it (X'X singular). The message names the column.
    /// </exception>
    /// <exception cref="CsvFormatException">A named column holds text.</exception>
    public static RegressionResult Ols(NumericTable table, string outcome, IReadOnlyList<string> predictors)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(predictors);
        if (predictors.Count == 0)
        {
            throw new ArgumentException("A regression needs at least one predictor.", nameof(predictors));
        }

        if (predictors.Contains(outcome, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The outcome \"{outcome}\" is also named as a predictor.", nameof(predictors));
        }

        var data = ReadComplete(table, outcome, predictors);
        var y = data[0];
        var n = y.Length;
        var p = predictors.Count + 1;
        if (n < p + 1)
        {
            throw new ArgumentException(
                $"Regressing \"{outcome}\" on {predictors.Count} predictor(s) needs at least {p + 1} rows with the outcome and all predictors present; there are {n}.",
                nameof(table));
        }

        if (Moments.AllEqual(y))
        {
            throw new ArgumentException($"The outcome \"{outcome}\" has the same value in all {n} rows used; there is no variance to explain.", nameof(outcome));
        }

        var x = Matrix<double>.Build.Dense(n, p, (row, column) => column == 0 ? 1 : data[column][row]);
        var qr = x.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        ThrowIfCollinear(qr.R, x, predictors, n);

        var b = qr.Solve(Vector<double>.Build.Dense(y));
        var residuals = Vector<double>.Build.Dense(y) - (x * b);
        var dfResidual = n - p;
        var sse = residuals.DotProduct(residuals);
        var sigma2 = sse / dfResidual;
        var rInverse = qr.R.Inverse();
        var xtxInverse = rInverse * rInverse.Transpose();

        var meanY = Moments.Mean(y);
        var sst = Moments.SumOfSquares(y, meanY);
        var sdY = Moments.Sd(y);
        var tCritical = Probability.TQuantile(0.975, dfResidual);
        var coefficients = new RegressionCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(sigma2 * xtxInverse[j, j]);
            var t = b[j] / se;
            var beta = j == 0 ? double.NaN : b[j] * Moments.Sd(data[j]) / sdY;
            coefficients[j] = new RegressionCoefficient(
                j == 0 ? InterceptTerm : predictors[j - 1], b[j], se, t, Probability.TwoSidedT(t, dfResidual),
                beta, b[j] - (tCritical * se), b[j] + (tCritical * se));
        }

        var dfModel = p - 1;
        var rSquared = 1 - (sse / sst);
        var f = (sst - sse) / dfModel / sigma2;
        return new RegressionResult(
            outcome, n, Array.AsReadOnly(coefficients), rSquared,
            1 - ((1 - rSquared) * (n - 1) / dfResidual), f, dfModel, dfResidual,
            Probability.UpperF(f, dfModel, dfResidual), Math.Sqrt(sigma2));
    }

    /// <summary>[outcome, predictors…], each over the rows where all of them are present.</summary>
    private static double[][] ReadComplete(NumericTable table, string outcome, IReadOnlyList<string> predictors)
    {
        string[] names = [outcome, .. predictors];
        var columns = Inputs.Columns(table, names, nameof(predictors));
        var complete = Inputs.CompleteRows(columns, table.RowCount);
        var data = new double[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            data[c] = Inputs.Take(columns[c], complete);
        }

        return data;
    }

    /// <summary>
    /// Householder QR without pivoting: |R[j, j]| is the length of what the intercept and the earlier
    /// predictors leave unexplained of column j, so a (near) zero names the first redundant predictor.
    /// </summary>
    private static void ThrowIfCollinear(Matrix<double> r, Matrix<double> x, IReadOnlyList<string> predictors, int n)
    {
        for (var j = 1; j < r.ColumnCount; j++)
        {
            var length = x.Column(j).L2Norm();
            if (Math.Abs(r[j, j]) > CollinearityTolerance * length)
            {
                continue;
            }

            var name = predictors[j - 1];
            if (Moments.AllEqual(x.Column(j).ToArray()))
            {
                throw new ArgumentException(
                    $"The predictor \"{name}\" has the same value in all {n} rows used, so its effect cannot be told apart from the intercept.",
                    nameof(predictors));
            }

            var before = j == 1 ? "the intercept" : $"the intercept and {string.Join(", ", predictors.Take(j - 1))}";
            throw new ArgumentException(
                $"The predictor \"{name}\" is a linear combination of {before} (the predictors are collinear; X'X is singular). Leave it out or combine the predictors.",
                nameof(predictors));
        }
    }
}
