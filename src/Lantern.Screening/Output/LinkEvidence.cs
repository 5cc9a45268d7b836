using Lantern.Screening.Indicators;
using Lantern.Screening.Text;

namespace Lantern.Screening.Output;

/// <summary>
/// The evidence of the indicators only comparing ads can raise, for all ads at once: one flat
/// list while linking adds to it, then sorted into a run per ad. Kept apart from the screened
/// ads, so that linking does not hang a dictionary on each of hundreds of thousands of long-lived
/// objects (which left the garbage collector scanning the whole heap for them).
/// </summary>
internal sealed class LinkEvidence
{
    private readonly List<long> keys = [];
    private readonly List<Evidence> found = [];
    private Evidence[] sorted = [];
    private byte[] indicatorOf = [];
    private int[] firstOfAd = [];

    public void Add(int ad, Indicator indicator, Evidence evidence)
    {
        // Ad (27 bits), indicator (5) and the order of adding (31): the output's order as one sortable number.
        keys.Add(((long)ad << 36) | ((long)indicator.Index << 31) | (uint)found.Count);
        found.Add(evidence);
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

    /// <summary>The ad's link indicators in catalogue order, each with its evidence in the order found, without repeats.</summary>
    public IEnumerable<(Indicator Indicator, List<Evidence> Evidence)> Of(int ad)
    {
        var end = firstOfAd.Length == 0 ? 0 : firstOfAd[ad + 1];
        for (var at = firstOfAd.Length == 0 ? 0 : firstOfAd[ad]; at < end;)
        {
            var indicator = indicatorOf[at];
            var evidence = new List<Evidence>();
            for (; at < end && indicatorOf[at] == indicator; at++)
            {
                if (!evidence.Contains(sorted[at]))
                {
                    evidence.Add(sorted[at]);
                }
            }

            yield return (IndicatorCatalog.All[indicator], evidence);
        }
    }
}
