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

    public static double Discrepancy(Matrix<double> implied, Matrix<double> sample, double logDetSample)
    {
        var cholesky = TryCholesky(implied);
        if (cholesky is null)
        {
            return double.PositiveInfinity;
        }

        var inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(implied.RowCount));
        return cholesky.DeterminantLn + (sample * inverse).Trace() - logDetSample - implied.RowCount;
    }

    public static Estimation Estimate(RamModel model, Matrix<double> sample, double[] start)
    {
        var logDetSample = sample.Cholesky().DeterminantLn;
        var theta = (double[])start.Clone();
        var current = Discrepancy(model.Implied(theta), sample, logDetSample);
        if (double.IsInfinity(current))
        {
            throw new SemModelException("The starting values give a covariance matrix that is not positive definite.");
        }

        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var (gradient, information) = GradientAndInformation(model, theta, sample);
            if (gradient.AbsoluteMaximum() < GradientTolerance)
            {
                return Result(model, theta, true, iteration, current, information);
            }

            var step = information.Solve(gradient);
            if (step.Any(double.IsNaN))
            {
                break;
            }

            var improved = false;
            for (var (alpha, halvings) = (1.0, 0); halvings < 40; alpha /= 2, halvings++)
            {
                var candidate = theta.Select((value, k) => value - alpha * step[k]).ToArray();
                var value = Discrepancy(model.Implied(candidate), sample, logDetSample);
                if (value <= current)
                {
                    var change = current - value;
                    (theta, current, improved) = (candidate, value, true);
                    if (change < 1e-14 * Math.Max(1, current) && gradient.AbsoluteMaximum() < 1e-5)
                    {
                        // No progress left to make at machine precision.
                        return Result(model, theta, true, iteration, current, GradientAndInformation(model, theta, sample).Information);
                    }

                    break;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        var final = GradientAndInformation(model, theta, sample);
        return Result(model, theta, final.Gradient.AbsoluteMaximum() < 1e-6, MaxIterations, current, final.Information);
    }

    /// <summary>∂F/∂θ and the expected information H (for F, i.e. per unit of N/2).</summary>
    public static (Vector<double> Gradient, Matrix<double> Information) GradientAndInformation(RamModel model, IReadOnlyList<double> theta, Matrix<double> sample)
    {
        var implied = model.Implied(theta);
        var inverse = implied.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(implied.RowCount));
        var residualWeight = (inverse * (implied - sample) * inverse).ToColumnMajorArray();
        var derivatives = model.Derivatives(theta);
        var q = derivatives.Length;

        // Hot loop: flat arrays instead of matrix objects. gₖ = Σᵢⱼ Mᵢⱼ (∂Σ/∂θₖ)ᵢⱼ and
        // Hₖₗ = tr(Wₖ Wₗ) = Σᵢⱼ Wₖ[i,j] Wₗ[j,i] with Wₖ = Σ⁻¹ ∂Σ/∂θₖ, so each is one dot product.
        var weighted = new double[q][];
        var weightedTransposed = new double[q][];
        var gradient = Vector<double>.Build.Dense(q);
        for (var k = 0; k < q; k++)
        {
            gradient[k] = Dot(residualWeight, derivatives[k].AsColumnMajorArray() ?? derivatives[k].ToColumnMajorArray());
            var w = inverse * derivatives[k];
            weighted[k] = w.ToColumnMajorArray();
            weightedTransposed[k] = w.ToRowMajorArray();
        }

        var information = Matrix<double>.Build.Dense(q, q);
        for (var k = 0; k < q; k++)
        {
            for (var l = k; l < q; l++)
            {
                var value = Dot(weighted[k], weightedTransposed[l]);
                information[k, l] = value;
                information[l, k] = value;
            }
        }

        return (gradient, information);
    }

    private static double Dot(double[] left, double[] right)
    {
        var sum = 0.0;
        for (var i = 0; i < left.Length; i++)
        {
            sum += left[i] * right[i];
        }

        return sum;
    }

    private static Estimation Result(RamModel model, double[] theta, bool converged, int iterations, double discrepancy, Matrix<double> information) =>
        new(theta, converged, iterations, discrepancy, model.Implied(theta), information);

    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? TryCholesky(Matrix<double> matrix)
    {
        try
        {
            return matrix.Cholesky();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
