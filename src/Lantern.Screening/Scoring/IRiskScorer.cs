using Lantern.Screening.Ads;
using Lantern.Screening.Indicators;

namespace Lantern.Screening.Scoring;

/// <summary>
/// Turns an ad's indicators into a risk between 0 and 1. The rule scorer is the default; a
/// learned model can take its place once labelled ads exist to train and test one honestly.
/// </summary>
public interface IRiskScorer
{
    double Score(AdKind kind, IndicatorSet indicators);
}

/// <summary>
/// Treats each indicator's weight as an independent chance that the ad deserves review:
/// risk = 1 − Π(1 − weight). More signs raise the risk, with diminishing steps, and never past 1.
/// </summary>
public sealed class RuleRiskScorer : IRiskScorer
{
    public static RuleRiskScorer Instance { get; } = new();

    public double Score(AdKind kind, IndicatorSet indicators)
    {
        var clear = 1.0;
        var all = IndicatorCatalog.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (indicators.Contains(all[i]))
            {
                clear *= 1 - all[i].Weight;
            }
        }

        return Math.Round(1 - clear, 4);
    }
}
