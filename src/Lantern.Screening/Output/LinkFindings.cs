using System.Globalization;
using System.Runtime.CompilerServices;
using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;
using Lantern.Screening.Text;

namespace Lantern.Screening.Output;

/// <summary>
/// The indicators only comparison can raise, added to each ad with its evidence: the contact it
/// shares, the picture it reuses, the name, age or place that differs from the others'.
/// </summary>
internal static class LinkFindings
{
    private static readonly FactKind[] Fields = Enum.GetValues<FactKind>();

    /// <summary>
    /// Examines every contact and picture link from the ads' keys alone; only links whose ads
    /// disagree have facts unpacked, to report the values. Text links raise no indicator, so this
    /// can run while text linking does.
    /// </summary>
    // Runs once over every ad: compiled fully optimised from the start, not first in quick code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (List<Inconsistency> Inconsistencies, LinkEvidence Evidence) Apply(Screened[] ads, SharedLinks shared)
    {
        var inconsistencies = new List<Inconsistency>();
        var found = new LinkEvidence();
        void Add(int ad, Indicator indicator, int source)
        {
            found.Add(ad, indicator, source);
            ads[ad].Indicators = ads[ad].Indicators.With(indicator);
        }

        foreach (var link in shared.Links)
        {
            var image = link.Type == LinkType.Image;
            foreach (var ad in link.Ads)
            {
                var keys = image ? ads[ad].Images : ads[ad].ContactKeys;
                for (var i = 0; i < keys.Length; i++)
                {
                    if (image ? Array.BinarySearch(link.Pictures!, keys[i]) >= 0 : keys[i] == link.Key)
                    {
                        Add(ad, image ? IndicatorCatalog.ReusedImages : IndicatorCatalog.SharedContact, i);
                    }
                }
            }

            var differing = Differing(ads, link);
            if (differing.Length == 0)
            {
                continue;
            }

            inconsistencies.AddRange(Disagreements(ads, link, differing));
            foreach (var ad in link.Ads)
            {
                var keys = ads[ad].FactKeys;
                for (var f = 0; f < keys.Length; f++)
                {
                    if (differing.Contains((FactKind)ContactKey.TagOf(keys[f])))
                    {
                        Add(ad, IndicatorCatalog.InconsistentDetails, f);
                    }
                }
            }
        }

        found.Seal(ads.Length);
        return (inconsistencies, found);
    }

    /// <summary>The ad's link indicators with their evidence, unpacked from the ad as it is written.</summary>
    public static IReadOnlyList<(Indicator Indicator, List<Evidence> Evidence)> EvidenceOf(in Screened ad, int index, LinkEvidence found)
    {
        if (!found.Any(index))
        {
            return [];
        }

        var result = new List<(Indicator, List<Evidence>)>();
        foreach (var (indicator, sources) in found.Of(index))
        {
            var evidence = new List<Evidence>(sources.Count);
            foreach (var source in sources)
            {
                evidence.Add(
                    indicator == IndicatorCatalog.ReusedImages ? Evidence.OfField($"image_hashes[{source}]", ad.Images[source].ToString("x16", CultureInfo.InvariantCulture))
                    : indicator == IndicatorCatalog.SharedContact ? PackedDetails.EntityEvidence(ad.Details, source)
                    : PackedDetails.FactEvidence(ad.Details, source));
            }

            result.Add((indicator, evidence));
        }

        return result;
    }

    /// <summary>
    /// For each field on which the link's ads disagree, the distinct values as first written and the
    /// ads that state the field. Values are told apart by their keys, so only the first writing of
    /// each distinct value is unpacked, however many ads repeat it.
    /// </summary>
    private static Inconsistency[] Disagreements(Screened[] ads, Link link, FactKind[] fields)
    {
        var distinct = new HashSet<ulong>();
        var values = fields.Select(_ => new List<string>()).ToArray();
        var stating = fields.Select(_ => new List<int>()).ToArray();
        foreach (var ad in link.Ads)
        {
            var keys = ads[ad].FactKeys;
            for (var f = 0; f < keys.Length; f++)
            {
                var field = Array.IndexOf(fields, (FactKind)ContactKey.TagOf(keys[f]));
                if (field < 0)
                {
                    continue;
                }

                if (distinct.Add(keys[f]))
                {
                    values[field].Add(PackedDetails.FactEvidence(ads[ad].Details, f).Text);
                }

                if (stating[field].Count == 0 || stating[field][^1] != ad)
                {
                    stating[field].Add(ad);
                }
            }
        }

        return [.. fields.Select((field, f) => new Inconsistency(link, field, [.. values[f]], [.. stating[f]]))];
    }

    /// <summary>The fields on which two ads of the link state different values, in catalogue order, found from the fact keys alone.</summary>
    private static FactKind[] Differing(Screened[] ads, Link link)
    {
        Span<ulong> first = stackalloc ulong[Fields.Length];
        Span<bool> seen = stackalloc bool[Fields.Length];
        Span<bool> differs = stackalloc bool[Fields.Length];
        foreach (var ad in link.Ads)
        {
            foreach (var key in ads[ad].FactKeys)
            {
                var field = ContactKey.TagOf(key);
                if (!seen[field])
                {
                    (first[field], seen[field]) = (key, true);
                }
                else if (key != first[field])
                {
                    differs[field] = true;
                }
            }
        }

        var differing = new List<FactKind>();
        foreach (var field in Fields)
        {
            if (differs[(int)field])
            {
                differing.Add(field);
            }
        }

        return [.. differing];
    }
}
