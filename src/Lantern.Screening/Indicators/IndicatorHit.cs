using Lantern.Screening.Text;

namespace Lantern.Screening.Indicators;

/// <summary>An indicator raised on one ad, with every piece of text that raised it.</summary>
public sealed record IndicatorHit(Indicator Indicator, IReadOnlyList<Evidence> Evidence);
