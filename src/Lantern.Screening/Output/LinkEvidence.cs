using System.Runtime.CompilerServices;
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
    private readonly List<int> adOf = [];
    private readonly List<byte> indicatorAdded = [];
    private readonly List<int> sourceAdded = [];
    private int[] sorted = [];
    private byte[] indicatorOf = [];
    private int[] firstOfAd = [];

    /// <param name="source">The position, within the ad, of the contact, picture or fact that is the evidence.</param>
    public void Add(int ad, Indicator indicator, int source)
    {
        adOf.Add(ad);
        indicatorAdded.Add((byte)indicator.Index);
        sourceAdded.Add(source);
    }

    /// <summary>
    /// Sorts what was added into one run per ad, by indicator and then in the order added; call
    /// once, after the last <see cref="Add"/>. A counting sort by ad keeps the order added, and the
    /// few items of each ad are then put in indicator order, so the work grows linearly.
    /// </summary>
    // Runs once over every ad: compiled fully optimised from the start, not first in quick code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Seal(int adCount)
    {
        firstOfAd = new int[adCount + 1];
        foreach (var ad in adOf)
        {
            firstOfAd[ad + 1]++;
        }

        for (var ad = 0; ad < adCount; ad++)
        {
            firstOfAd[ad + 1] += firstOfAd[ad];
        }

        var next = firstOfAd[..adCount];
        sorted = new int[adOf.Count];
        indicatorOf = new byte[adOf.Count];
        for (var i = 0; i < adOf.Count; i++)
        {
            var slot = next[adOf[i]]++;
            sorted[slot] = sourceAdded[i];
            indicatorOf[slot] = indicatorAdded[i];
        }

        adOf.Clear();
        indicatorAdded.Clear();
        sourceAdded.Clear();
        for (var ad = 0; ad < adCount; ad++)
        {
            SortRunByIndicator(firstOfAd[ad], firstOfAd[ad + 1]);
        }
    }

    /// <summary>A stable insertion sort: an ad has a handful of items, already mostly in order.</summary>
    private void SortRunByIndicator(int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            var (indicator, source) = (indicatorOf[i], sorted[i]);
            var j = i - 1;
            for (; j >= start && indicatorOf[j] > indicator; j--)
            {
                (indicatorOf[j + 1], sorted[j + 1]) = (indicatorOf[j], sorted[j]);
            }

            (indicatorOf[j + 1], sorted[j + 1]) = (indicator, source);
        }
    }

    public bool Any(int ad) => firstOfAd.Length > 0 && firstOfAd[ad + 1] > firstOfAd[ad];

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
