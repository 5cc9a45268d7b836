using Lantern.Screening.Ads;
using Lantern.Screening.Linking;
using Lantern.Screening.Text;

namespace Lantern.Screening.Indicators;

/// <summary>
/// Screens one ad on its own: its kind, the text indicators with their evidence, its contacts,
/// the facts it states and its text sketch. An instance keeps reusable buffers and is meant for
/// one thread; create one per worker.
/// </summary>
public sealed class AdAnalyzer(RuleBook rules, string? defaultRegion = null, AdKind? defaultKind = null)
{
    /// <summary>Job ads shorter than this many words cannot describe the work.</summary>
    public const int ShortJobAdWords = 25;

    private static readonly Indicator[] PhraseIndicators = [.. IndicatorCatalog.All.Where(i => i.Index <= IndicatorCatalog.ThirdPartyControl.Index)];

    private readonly TextScan scan = new();
    private readonly List<Evidence>[] evidence = [.. IndicatorCatalog.All.Select(_ => new List<Evidence>())];
    private readonly HashSet<string> distinctPhrases = new(StringComparer.OrdinalIgnoreCase);
    private bool[] masked = new bool[256];

    public AdAnalyzer()
        : this(RuleBook.Default)
    {
    }

    public AdAnalysis Analyze(Ad ad)
    {
        scan.Load(ad.Text, ad.Country ?? defaultRegion, rules);
        var kind = ad.Kind ?? defaultKind ?? KindInference.Infer(scan);
        foreach (var list in evidence)
        {
            list.Clear();
        }

        foreach (var match in scan.Matches)
        {
            if (RuleBook.IndicatorOf(match.Group) is { } indicator)
            {
                evidence[indicator.Index].Add(scan.EvidenceOf(match.FirstToken, match.LastToken));
            }
        }

        var facts = new List<Fact>();
        FactRules.Apply(scan, ad.Location, facts, evidence[IndicatorCatalog.PossibleMinor.Index]);
        if (kind == AdKind.Job)
        {
            PayRule.Apply(scan, rules, evidence[IndicatorCatalog.UnrealisticOffer.Index]);
            LanguageRule.Apply(scan, evidence[IndicatorCatalog.PoorLanguage.Index]);
            if (scan.Tokens.Count < ShortJobAdWords && scan.Tokens.Count > 0)
            {
                evidence[IndicatorCatalog.VagueDescription.Index].Add(Evidence.Of(ad.Text, scan.Tokens[0].Start, scan.Tokens[^1].End));
            }
        }

        return new AdAnalysis(ad, kind, Hits(kind), [.. scan.Entities], facts, Sketch());
    }

    private List<IndicatorHit> Hits(AdKind kind)
    {
        var hits = new List<IndicatorHit>();
        foreach (var indicator in PhraseIndicators)
        {
            var found = evidence[indicator.Index];
            if (found.Count > 0 && indicator.AppliesToKind(kind) && Distinct(found) >= rules.MinDistinct(indicator))
            {
                hits.Add(new IndicatorHit(indicator, Outermost(found)));
            }
        }

        return hits;
    }

    private int Distinct(List<Evidence> found)
    {
        distinctPhrases.Clear();
        foreach (var item in found)
        {
            distinctPhrases.Add(item.Text);
        }

        return distinctPhrases.Count;
    }

    /// <summary>Evidence in text order, without spans that lie inside another ("send us photos" covers "photos").</summary>
    private static Evidence[] Outermost(List<Evidence> found)
    {
        if (found.Count == 1)
        {
            return [found[0]];
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<Evidence>(found.Count);
        foreach (var item in found)
        {
            if (kept.Count == 0 || item.Field is not null || item.End > kept[^1].End || kept[^1].Field is not null)
            {
                kept.Add(item);
            }
        }

        return [.. kept];
    }

    private uint[] Sketch()
    {
        var tokens = scan.Tokens;
        if (masked.Length < tokens.Count)
        {
            masked = new bool[tokens.Count * 2];
        }

        // Tokens and contacts are both in text order: one sweep marks the tokens inside contacts.
        var entities = scan.Entities;
        var e = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (e < entities.Count && entities[e].Evidence.End <= tokens[t].Start)
            {
                e++;
            }

            masked[t] = e < entities.Count && tokens[t].End > entities[e].Evidence.Start;
        }

        return Shingles.Of(tokens, masked.AsSpan(0, tokens.Count));
    }
}
