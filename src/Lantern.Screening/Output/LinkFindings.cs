using System.Globalization;
using Lantern.Screening.Contacts;
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
    /// Finds each link's shared contacts and pictures and its disagreeing facts from the ads' keys
    /// alone; only links whose ads disagree have their facts unpacked, to report the values.
    /// </summary>
    public static (List<Inconsistency> Inconsistencies, LinkEvidence Evidence) Apply(Screened[] ads, Networks networks)
    {
        var inconsistencies = new List<Inconsistency>();
        var found = new LinkEvidence();
        void Add(int ad, Indicator indicator, int source)
        {
            found.Add(ad, indicator, source);
            ads[ad].Indicators = ads[ad].Indicators.With(indicator);
        }

        foreach (var link in networks.Links)
        {
            if (link.Type == LinkType.Text)
            {
                continue;
            }

            foreach (var ad in link.Ads)
            {
                if (link.Type == LinkType.Image)
                {
                    AddEach(ads[ad].Images, image => Array.IndexOf(link.Pictures!, image) >= 0, source => Add(ad, IndicatorCatalog.ReusedImages, source));
                }
                else
                {
                    AddEach(ads[ad].ContactKeys, key => key == link.Key, source => Add(ad, IndicatorCatalog.SharedContact, source));
                }
            }

            var differing = Differing(ads, link);
            if (differing.Count == 0)
            {
                continue;
            }

            inconsistencies.AddRange(Disagreements(ads, link, differing));
            foreach (var ad in link.Ads)
            {
                AddEach(ads[ad].FactKeys, key => differing.Contains((FactKind)ContactKey.TagOf(key)), source => Add(ad, IndicatorCatalog.InconsistentDetails, source));
            }
        }

        found.Seal(ads.Length);
        return (inconsistencies, found);
    }

    /// <summary>Adds the position of each key that matches.</summary>
    private static void AddEach(ReadOnlySpan<ulong> keys, Func<ulong, bool> matches, Action<int> add)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (matches(keys[i]))
            {
                add(i);
            }
        }
    }

    /// <summary>The ad's link indicators with their evidence, unpacked from the ad as it is written.</summary>
    public static List<(Indicator Indicator, List<Evidence> Evidence)> EvidenceOf(in Screened ad, int index, LinkEvidence found)
    {
        var result = new List<(Indicator, List<Evidence>)>();
        List<Entity>? entities = null;
        List<Fact>? facts = null;
        foreach (var (indicator, sources) in found.Of(index))
        {
            var evidence = new List<Evidence>(sources.Count);
            foreach (var source in sources)
            {
                evidence.Add(
                    indicator == IndicatorCatalog.ReusedImages ? Evidence.OfField($"image_hashes[{source}]", ad.Images[source].ToString("x16", CultureInfo.InvariantCulture))
                    : indicator == IndicatorCatalog.SharedContact ? (entities ??= PackedDetails.Entities(ad.Details))[source].Evidence
                    : (facts ??= PackedDetails.Facts(ad.Details))[source].Evidence);
            }

            result.Add((indicator, evidence));
        }

        return result;
    }

    /// <summary>
    /// For each field on which the link's ads disagree, the values as first written and the ads
    /// that state the field; each ad's facts are unpacked once.
    /// </summary>
    private static IEnumerable<Inconsistency> Disagreements(Screened[] ads, Link link, List<FactKind> fields)
    {
        var values = fields.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
        var stating = fields.Select(_ => new List<int>()).ToArray();
        foreach (var ad in link.Ads)
        {
            foreach (var fact in PackedDetails.Facts(ads[ad].Details))
            {
                var f = fields.IndexOf(fact.Kind);
                if (f < 0)
                {
                    continue;
                }

                values[f].TryAdd(fact.Value, fact.Evidence.Text);
                if (stating[f].Count == 0 || stating[f][^1] != ad)
                {
                    stating[f].Add(ad);
                }
            }
        }

        return fields.Select((field, f) => new Inconsistency(link, field, [.. values[f].Values], [.. stating[f]]));
    }

    /// <summary>The fields on which two ads of the link state different values, in catalogue order, found from the fact keys alone.</summary>
    private static List<FactKind> Differing(Screened[] ads, Link link)
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

        return differing;
    }
}
