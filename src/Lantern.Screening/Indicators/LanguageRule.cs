using Lantern.Screening.Text;

namespace Lantern.Screening.Indicators;

/// <summary>
/// Poor language, from signals that need no dictionary: known misspellings and stock phrases of
/// scam letters (from the rule book), runs of "!!" or "??", a lower-case "i" as a pronoun, and
/// shouting in capitals. One signal is noise; the indicator needs two kinds, or three signals.
/// </summary>
internal static class LanguageRule
{
    private const int ShoutedWordsNeeded = 5;
    private const double ShoutedShareNeeded = 0.25;

    public static void Apply(TextScan scan, List<Evidence> evidence)
    {
        var kinds = 0;
        var before = evidence.Count;
        kinds += AddMatches(scan, Cue.Misspelling, evidence);
        kinds += AddMatches(scan, Cue.NonNativePhrase, evidence);
        kinds += AddRepeatedPunctuation(scan.Text, evidence);
        kinds += AddLowerCasePronoun(scan, evidence);
        kinds += AddShouting(scan, evidence);
        if (kinds < 2 && evidence.Count - before < 3)
        {
            evidence.RemoveRange(before, evidence.Count - before);
        }
    }

    private static int AddMatches(TextScan scan, Cue cue, List<Evidence> evidence)
    {
        var found = 0;
        foreach (var match in scan.Matches)
        {
            if (RuleBook.IsCue(match.Group, cue))
            {
                evidence.Add(scan.EvidenceOf(match.FirstToken, match.LastToken));
                found++;
            }
        }

        return found > 0 ? 1 : 0;
    }

    private static int AddRepeatedPunctuation(string text, List<Evidence> evidence)
    {
        var found = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] is '!' or '?' && text[i + 1] is '!' or '?')
            {
                var end = i + 2;
                while (end < text.Length && text[end] is '!' or '?')
                {
                    end++;
                }

                evidence.Add(Evidence.Of(text, i, end));
                found++;
                i = end;
            }
        }

        return found > 0 ? 1 : 0;
    }

    private static int AddLowerCasePronoun(TextScan scan, List<Evidence> evidence)
    {
        var found = 0;
        for (var t = 0; t < scan.Tokens.Count; t++)
        {
            var token = scan.Tokens[t];
            if (token.Length == 1 && scan.Text[token.Start] == 'i')
            {
                evidence.Add(scan.EvidenceOf(t, t));
                found++;
            }
        }

        return found > 0 ? 1 : 0;
    }

    private static int AddShouting(TextScan scan, List<Evidence> evidence)
    {
        var words = 0;
        var shouted = 0;
        foreach (var token in scan.Tokens)
        {
            if (token.Length >= 3 && !token.Has(TokenShape.HasDigit))
            {
                words++;
                shouted += token.Has(TokenShape.Shouted) ? 1 : 0;
            }
        }

        if (shouted < ShoutedWordsNeeded || shouted < ShoutedShareNeeded * words)
        {
            return 0;
        }

        var shown = 0;
        foreach (var token in scan.Tokens)
        {
            if (token.Length >= 3 && token.Has(TokenShape.Shouted) && shown++ < ShoutedWordsNeeded)
            {
                evidence.Add(Evidence.Of(scan.Text, token.Start, token.End));
            }
        }

        return 1;
    }
}
