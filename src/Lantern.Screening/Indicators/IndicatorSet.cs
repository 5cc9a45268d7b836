namespace Lantern.Screening.Indicators;

/// <summary>Which indicators an ad carries, as bits: small enough to keep for millions of ads.</summary>
public readonly record struct IndicatorSet(ushort Bits)
{
    public bool Contains(Indicator indicator) => (Bits & (1 << indicator.Index)) != 0;

    public IndicatorSet With(Indicator indicator) => new((ushort)(Bits | (1 << indicator.Index)));
}
