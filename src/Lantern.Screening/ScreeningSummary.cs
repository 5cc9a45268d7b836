namespace Lantern.Screening;

/// <summary>What a run found and how long each stage took; written as summary.json.</summary>
public sealed record ScreeningSummary(
    long Ads,
    long Rejected,
    IReadOnlyDictionary<string, long> Kinds,
    IReadOnlyDictionary<string, long> Indicators,
    int Clusters,
    int Networks,
    long AdsInNetworks,
    int LargestNetwork,
    IReadOnlyDictionary<string, double> Seconds)
{
    public double AdsPerSecond => Seconds["total"] > 0 ? Ads / Seconds["total"] : 0;
}
