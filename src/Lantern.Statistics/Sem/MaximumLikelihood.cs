using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics.Sem;

internal sealed record Estimation(double[] Theta, bool Converged, int Iterations, double Discrepancy, Matrix<double> Implied, Matrix<double> Information);

/// <summary>
/// Step 3: maximum likelihood, the way lavaan's default estimator defines it. The discrepancy is
/// F = log|Σ| + tr(S Σ⁻¹) − log|S| − p (S with divisor N); it is minimised by Fisher scoring with
/// step halving, using the expected information H_kl = tr(Σ⁻¹ ∂Σ/∂θₖ Σ⁻¹ ∂Σ/∂θₗ), which also
/// gives the standard errors: Cov(θ̂) = (2/N) H⁻¹.
/// </summary>
internal static class MaximumLikelihood
{
    private const int MaxIterations = 500;

    // Fisher scoring converges linearly near a misfitting solution, and the last digits cost many
    // iterations: a gradient of 1e-7 in F leaves the estimates within ~1e-7 of the optimum,
    // far inside lavaan's printed precision (lavaan's own optimizer stops on a relative change of 1e-10).
    private const double GradientTolerance = 1e-7;

    /// <summary>Everything one value of θ determines, computed once and shared by the steps that need it.</summary>
    private sealed record Point(double[] Theta, Matrix<double> B, Matrix<double> Omega, Matrix<double> Implied, Matrix<double> Inverse, double Discrepancy);

    public static double Discrepancy(Matrix<double> implied, Matrix<double> sample, double logDetSample) =>
        Inverse(implied) is { } inverse ? inverse.LogDet + TraceOfProduct(sample, inverse.Matrix) - logDetSample - implied.RowCount : double.PositiveInfinity;

    /// <param name="gradientTolerance">
    /// When to stop: the largest |∂F/∂θ|. A bootstrap resample needs less precision than the
    /// reported fit: its estimates only feed a standard deviation over hundreds of resamples.
    /// </param>
    public static Estimation Estimate(RamModel model, Matrix<double> sample, double[] start, double gradientTolerance = GradientTolerance)
    {
        var logDetSample = sample.Cholesky().DeterminantLn;
        var point = Evaluate(model, start, sample, logDetSample)
                    ?? throw new SemModelException("The starting values give a covariance matrix that is not positive definite.");
        var workspace = new Workspace(model.FreeCount, model.ObservedCount);

        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var (gradient, information) = GradientAndInformation(model, point, sample, workspace);
            if (gradient.AbsoluteMaximum() < gradientTolerance)
            {
                return Result(point, true, iteration, information);
            }

            var step = information.Solve(gradient);
            if (step.Any(double.IsNaN))
            {
                break;
            }

            Point? accepted = null;
            for (var (alpha, halvings) = (1.0, 0); halvings < 40 && accepted is null; alpha /= 2, halvings++)
            {
                var candidate = Evaluate(model, [.. point.Theta.Select((value, k) => value - alpha * step[k])], sample, logDetSample);
                if (candidate is not null && candidate.Discrepancy <= point.Discrepancy)
                {
                    accepted = candidate;
                }
            }

            if (accepted is null)
            {
                // No step lowers F any more: at machine precision, this is the optimum if the gradient is small.
                return Result(point, gradient.AbsoluteMaximum() < 1e-5, iteration, information);
            }

            point = accepted;
        }

        var final = GradientAndInformation(model, point, sample, workspace);
        return Result(point, final.Gradient.AbsoluteMaximum() < 1e-5, MaxIterations, final.Information);
    }

    private static Point? Evaluate(RamModel model, double[] theta, Matrix<double> sample, double logDetSample)
    {
        var (b, omega) = model.Solve(theta);
        var implied = omega.SubMatrix(0, model.ObservedCount, 0, model.ObservedCount);
        if (Inverse(implied) is not { } inverse)
        {
            return null;
        }

        var discrepancy = inverse.LogDet + TraceOfProduct(sample, inverse.Matrix) - logDetSample - implied.RowCount;
        return new Point(theta, b, omega, implied, inverse.Matrix, discrepancy);
    }

    /// <summary>Buffers one estimation reuses at every step, so the hot loop allocates little.</summary>
    private sealed class Workspace(int q, int p)
    {
        public double[][] Derivatives { get; } = [.. Enumerable.Range(0, q).Select(_ => new double[p * p])];

        public double[][] Weighted { get; } = [.. Enumerable.Range(0, q).Select(_ => new double[p * p])];
    }

    /// <summary>∂F/∂θ and the expected information H (for F, i.e. per unit of N/2).</summary>
    private static (Vector<double> Gradient, Matrix<double> Information) GradientAndInformation(RamModel model, Point point, Matrix<double> sample, Workspace workspace)
    {
        var p = point.Implied.RowCount;
        var inverse = point.Inverse.AsColumnMajorArray() ?? point.Inverse.ToColumnMajorArray();
        var residualWeight = (point.Inverse * (point.Implied - sample) * point.Inverse).AsColumnMajorArray();
        var derivatives = model.Derivatives(point.B, point.Omega, workspace.Derivatives);
        var weighted = workspace.Weighted;
        var q = derivatives.Length;

        // Hot loop on flat arrays. gₖ = Σᵢⱼ Mᵢⱼ (∂Σ/∂θₖ)ᵢⱼ, and Hₖₗ = tr(Wₖ Wₗ) = Σᵢⱼ Wₖ[i,j] Wₗ[j,i]
        // with Wₖ = Σ⁻¹ ∂Σ/∂θₖ. Σ⁻¹ and ∂Σ are symmetric, so their storage order does not matter.
        var gradient = Vector<double>.Build.Dense(q);
        for (var k = 0; k < q; k++)
        {
            var d = derivatives[k];
            gradient[k] = Dot(residualWeight, d);
            var w = weighted[k];
            for (var i = 0; i < p; i++)
            {
                for (var j = 0; j < p; j++)
                {
                    var sum = 0.0;
                    for (var m = 0; m < p; m++)
                    {
                        sum += inverse[i * p + m] * d[m * p + j];
                    }

                    w[i * p + j] = sum;
                }
            }
        }

        var information = Matrix<double>.Build.Dense(q, q);
        for (var k = 0; k < q; k++)
        {
            var wk = weighted[k];
            for (var l = k; l < q; l++)
            {
                var wl = weighted[l];
                var value = 0.0;
                for (var i = 0; i < p; i++)
                {
                    for (var j = 0; j < p; j++)
                    {
                        value += wk[i * p + j] * wl[j * p + i];
                    }
                }

                information[k, l] = value;
                information[l, k] = value;
            }
        }

        return (gradient, information);
    }

    private static Estimation Result(Point point, bool converged, int iterations, Matrix<double> information) =>
        new(point.Theta, converged, iterations, point.Discrepancy, point.Implied, information);

    private static double Dot(double[] left, double[] right)
    {
        var sum = 0.0;
        for (var i = 0; i < left.Length; i++)
        {
            sum += left[i] * right[i];
        }

        return sum;
    }

    private static double TraceOfProduct(Matrix<double> left, Matrix<double> right)
    {
        var sum = 0.0;
        for (var i = 0; i < left.RowCount; i++)
        {
            for (var j = 0; j < left.ColumnCount; j++)
            {
                sum += left[i, j] * right[j, i];
            }
        }

        return sum;
    }

    private static (Matrix<double> Matrix, double LogDet)? Inverse(Matrix<double> matrix)
    {
        try
        {
            var cholesky = matrix.Cholesky();
            return (cholesky.Solve(Matrix<double>.Build.DenseIdentity(matrix.RowCount)), cholesky.DeterminantLn);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
