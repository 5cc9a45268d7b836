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

        // Sum outwards from the Poisson mode, where the weights are largest. One regularized gamma
        // is computed there; its neighbours follow from P(a + 1, y) = P(a, y) − yᵃ e⁻ʸ / Γ(a + 1).
        var half = lambda / 2;
        var y = x / 2;
        var mode = (int)Math.Floor(half);
        var a0 = df / 2 + mode;
        var weight0 = Math.Exp(-half + mode * Math.Log(half) - SpecialFunctions.GammaLn(mode + 1));
        var gamma0 = SpecialFunctions.GammaLowerRegularized(a0, y);
        var density0 = Math.Exp(a0 * Math.Log(y) - y - SpecialFunctions.GammaLn(a0 + 1));
        var sum = weight0 * gamma0;

        var (weight, gamma, density, a) = (weight0, gamma0, density0, a0);
        for (var j = mode + 1; j < mode + 100_000 && weight > 1e-17; j++)
        {
            gamma -= density;
            density *= y / (a + 1);
            a += 1;
            weight *= half / j;
            sum += weight * gamma;
        }

        (weight, gamma, density, a) = (weight0, gamma0, density0, a0);
        for (var j = mode; j > 0 && weight > 1e-17; j--)
        {
            density *= a / y;
            a -= 1;
            gamma += density;
            weight *= j / half;
            sum += weight * gamma;
        }

        return Math.Min(sum, 1);
    }

    /// <summary>
    /// The λ at which P(χ²(df, λ) ≤ x) equals <paramref name="probability"/>; the CDF falls as λ
    /// grows. Regula falsi with the Illinois modification: as safe as bisection (the root stays
    /// bracketed) but converging in a handful of CDF evaluations instead of dozens.
    /// </summary>
    private static double SolveNoncentrality(double x, double df, double probability)
    {
        double F(double lambda) => NoncentralChiSquareCdf(x, df, lambda) - probability;

        var (low, high) = (0.0, Math.Max(x, 1.0));
        var (fLow, fHigh) = (F(low), F(high));
        while (fHigh > 0)
        {
            (low, fLow) = (high, fHigh);
            high *= 2;
            fHigh = F(high);
        }

        var side = 0;
        for (var i = 0; i < 100 && high - low > 1e-9 * Math.Max(1, high); i++)
        {
            var middle = (low * fHigh - high * fLow) / (fHigh - fLow);
            var fMiddle = F(middle);
            if (Math.Abs(fMiddle) < 1e-12)
            {
                return middle;
            }

            if (fMiddle > 0)
            {
                (low, fLow) = (middle, fMiddle);
                fHigh = side == -1 ? fHigh / 2 : fHigh;
                side = -1;
            }
            else
            {
                (high, fHigh) = (middle, fMiddle);
                fLow = side == 1 ? fLow / 2 : fLow;
                side = 1;
            }
        }

        return (low + high) / 2;
    }
}
