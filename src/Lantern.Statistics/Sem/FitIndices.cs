using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Lantern.Statistics.Sem;

/// <summary>
/// Fit indices as pure functions of numbers, in the definitions lavaan 0.6 uses (N, not N − 1,
/// throughout, as lavaan does with normal-theory ML).
/// </summary>
public static class FitIndices
{
    /// <summary>Comparative fit index (Bentler, 1990): 1 − max(χ² − df, 0) / max(χ² − df, χ²_b − df_b, 0).</summary>
    public static double Cfi(double chisq, double df, double baselineChisq, double baselineDf)
    {
        var model = Math.Max(chisq - df, 0);
        var denominator = Math.Max(Math.Max(chisq - df, baselineChisq - baselineDf), 0);
        return denominator == 0 ? 1 : 1 - model / denominator;
    }

    /// <summary>Tucker–Lewis index: (χ²_b/df_b − χ²/df) / (χ²_b/df_b − 1); 1 for a saturated model, as lavaan reports.</summary>
    public static double Tli(double chisq, double df, double baselineChisq, double baselineDf) =>
        df == 0 ? 1 : (baselineChisq / baselineDf - chisq / df) / (baselineChisq / baselineDf - 1);

    /// <summary>RMSEA (Steiger, 1990): √(max(χ² − df, 0) / (df N)); 0 when df = 0.</summary>
    public static double Rmsea(double chisq, double df, int n) =>
        df == 0 ? 0 : Math.Sqrt(Math.Max(chisq - df, 0) / (df * n));

    /// <summary>
    /// The 90% confidence interval of the RMSEA: the non-centrality λ at which the observed χ² is
    /// the 95th (lower bound) and the 5th (upper bound) percentile of a non-central χ²(df, λ),
    /// mapped to √(λ / (df N)) (MacCallum, Browne and Sugawara, 1996).
    /// </summary>
    public static (double Lower, double Upper) RmseaInterval(double chisq, double df, int n)
    {
        if (df == 0)
        {
            return (0, 0);
        }

        double Bound(double probability) =>
            NoncentralChiSquareCdf(chisq, df, 0) < probability ? 0 : Math.Sqrt(SolveNoncentrality(chisq, df, probability) / (df * n));

        return (Bound(0.95), Bound(0.05));
    }

    /// <summary>P(X ≤ x) for X ~ χ²(df, λ), as a Poisson mixture of central χ² distributions.</summary>
    public static double NoncentralChiSquareCdf(double x, double df, double lambda)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (lambda == 0)
        {
            return ChiSquared.CDF(df, x);
        }

        // Sum outwards from the Poisson mode, where the weights are largest.
        var half = lambda / 2;
        var mode = (int)Math.Floor(half);
        double Weight(int j) => Math.Exp(-half + j * Math.Log(half) - SpecialFunctions.GammaLn(j + 1));
        double Term(int j) => Weight(j) * SpecialFunctions.GammaLowerRegularized((df + 2 * j) / 2, x / 2);
        var sum = Term(mode);
        for (var j = mode + 1; j < mode + 10_000; j++)
        {
            var term = Term(j);
            sum += term;
            if (Weight(j) < 1e-16)
            {
                break;
            }
        }

        for (var j = mode - 1; j >= 0; j--)
        {
            sum += Term(j);
            if (Weight(j) < 1e-16)
            {
                break;
            }
        }

        return Math.Min(sum, 1);
    }

    /// <summary>The λ at which P(χ²(df, λ) ≤ x) equals <paramref name="probability"/>; the CDF falls as λ grows.</summary>
    private static double SolveNoncentrality(double x, double df, double probability)
    {
        var (low, high) = (0.0, Math.Max(x, 1.0));
        while (NoncentralChiSquareCdf(x, df, high) > probability)
        {
            high *= 2;
        }

        // 1e-9 relative is far below the 1e-3 the interval is reported to; each step costs a CDF.
        for (var i = 0; i < 100 && high - low > 1e-9 * Math.Max(1, high); i++)
        {
            var middle = (low + high) / 2;
            if (NoncentralChiSquareCdf(x, df, middle) > probability)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }
}
