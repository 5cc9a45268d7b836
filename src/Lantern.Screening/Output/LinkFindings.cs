using System.Globalization;
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

    public static (List<Inconsistency> Inconsistencies, LinkEvidence Evidence) Apply(IReadOnlyList<Screened> ads, Networks networks)
    {
        var inconsistencies = new List<Inconsistency>();
        var found = new LinkEvidence();
        void Add(int ad, Indicator indicator, Evidence evidence)
        {
            found.Add(ad, indicator, evidence);
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
                foreach (var evidence in SharedEvidence(ads[ad], link))
                {
                    Add(ad, link.Type == LinkType.Image ? IndicatorCatalog.ReusedImages : IndicatorCatalog.SharedContact, evidence);
                }
            }

            foreach (var field in Fields)
            {
                if (Disagreement(ads, link, field) is { } inconsistency)
                {
                    inconsistencies.Add(inconsistency);
                    foreach (var ad in inconsistency.Ads)
                    {
                        foreach (var fact in ads[ad].Facts)
                        {
                            if (fact.Kind == field)
                            {
                                Add(ad, IndicatorCatalog.InconsistentDetails, fact.Evidence);
                            }
                        }
                    }
                }
            }
        }

        found.Seal(ads.Count);
        return (inconsistencies, found);
    }

    private static IEnumerable<Evidence> SharedEvidence(Screened ad, Link link)
    {
        if (link.Type == LinkType.Image)
        {
            for (var i = 0; i < ad.Images.Length; i++)
            {
                if (Array.IndexOf(link.Pictures!, ad.Images[i]) >= 0)
                {
                    yield return Evidence.OfField($"image_hashes[{i}]", ad.Images[i].ToString("x16", CultureInfo.InvariantCulture));
                }
            }

            yield break;
        }

        foreach (var entity in ad.Entities)
        {
            if (NetworkLinker.LinkTypeOf(entity.Type) == link.Type && entity.Value == link.Value)
            {
                yield return entity.Evidence;
            }
        }
    }

    private static Inconsistency? Disagreement(IReadOnlyList<Screened> ads, Link link, FactKind field)
    {
        if (!Differ(ads, link, field))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var stating = new List<int>();
        foreach (var ad in link.Ads)
        {
            var states = false;
            foreach (var fact in ads[ad].Facts)
            {
                if (fact.Kind == field)
                {
                    values.TryAdd(fact.Value, fact.Evidence.Text);
                    states = true;
                }
            }

            if (states)
            {
                stating.Add(ad);
            }
        }

        return new Inconsistency(link, field, [.. values.Values], [.. stating]);
    }

    /// <summary>Whether two ads of the link state different values: checked without allocating, since most links agree or say nothing.</summary>
    private static bool Differ(IReadOnlyList<Screened> ads, Link link, FactKind field)
    {
        string? first = null;
        foreach (var ad in link.Ads)
        {
            foreach (var fact in ads[ad].Facts)
            {
                if (fact.Kind != field)
                {
                    continue;
                }

                if (first is null)
                {
                    first = fact.Value;
                }
                else if (!string.Equals(first, fact.Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
