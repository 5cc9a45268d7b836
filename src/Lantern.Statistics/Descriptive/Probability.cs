using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Lantern.Statistics.Descriptive;

/// <summary>
/// Tail probabilities written with the regularized incomplete beta function, so that small p-values
/// keep their relative precision (1 − CDF would round them to 0 below about 1e-16).
/// </summary>
internal static class Probability
{
    /// <summary>P(|T| ≥ |t|) for Student's t with <paramref name="df"/> degrees of freedom.</summary>
    public static double TwoSidedT(double t, double df)
    {
        if (double.IsNaN(t) || !(df > 0))
        {
            return double.NaN;
        }

        return double.IsInfinity(t) ? 0 : SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + (t * t)));
    }

    /// <summary>P(F ≥ f) for the F distribution with (<paramref name="df1"/>, <paramref name="df2"/>) degrees of freedom.</summary>
    public static double UpperF(double f, double df1, double df2)
    {
        if (double.IsNaN(f) || !(df1 > 0) || !(df2 > 0))
        {
            return double.NaN;
        }

        return double.IsPositiveInfinity(f) ? 0 : SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + (df1 * f)));
    }

    /// <summary>The t value with <paramref name="p"/> of the distribution below it.</summary>
    public static double TQuantile(double p, double df) => df > 0 ? StudentT.InvCDF(0, 1, df, p) : double.NaN;
}
