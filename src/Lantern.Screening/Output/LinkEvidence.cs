using Lantern.Screening.Indicators;

namespace Lantern.Screening.Output;

/// <summary>
/// The evidence of the indicators only comparing ads can raise, for all ads at once: one flat
/// list while linking adds to it, then sorted into a run per ad. An item is not the evidence
/// itself but where it is in the ad (which contact, picture or fact, by position), so hundreds
/// of thousands of items are plain numbers the garbage collector never visits; the evidence is
/// unpacked when the ad is written.
/// </summary>
internal sealed class LinkEvidence
{
    private readonly List<long> keys = [];
    private readonly List<int> found = [];
    private int[] sorted = [];
    private byte[] indicatorOf = [];
    private int[] firstOfAd = [];

    /// <param name="source">The position, within the ad, of the contact, picture or fact that is the evidence.</param>
    public void Add(int ad, Indicator indicator, int source)
    {
        // Ad (27 bits), indicator (5) and the order of adding (31): the output's order as one sortable number.
        keys.Add(((long)ad << 36) | ((long)indicator.Index << 31) | (uint)found.Count);
        found.Add(source);
    }

    /// <summary>Sorts what was added into one run per ad; call once, after the last <see cref="Add"/>.</summary>
    public void Seal(int adCount)
    {
        var order = keys.ToArray();
        sorted = [.. found];
        Array.Sort(order, sorted);
        keys.Clear();
        found.Clear();

        firstOfAd = new int[adCount + 1];
        foreach (var key in order)
        {
            firstOfAd[(int)(key >> 36) + 1]++;
        }

        for (var ad = 0; ad < adCount; ad++)
        {
            firstOfAd[ad + 1] += firstOfAd[ad];
        }

        indicatorOf = [.. order.Select(key => (byte)((key >> 31) & 0x1F))];
    }

    /// <summary>The ad's link indicators in catalogue order, each with its sources in the order found, without repeats.</summary>
    public IEnumerable<(Indicator Indicator, List<int> Sources)> Of(int ad)
    {
        var end = firstOfAd.Length == 0 ? 0 : firstOfAd[ad + 1];
        for (var at = firstOfAd.Length == 0 ? 0 : firstOfAd[ad]; at < end;)
        {
            var indicator = indicatorOf[at];
            var sources = new List<int>();
            for (; at < end && indicatorOf[at] == indicator; at++)
            {
                if (!sources.Contains(sorted[at]))
                {
                    sources.Add(sorted[at]);
                }
            }

            yield return (IndicatorCatalog.All[indicator], sources);
        }
    }
}
