using Lantern.Screening.Text;

namespace Lantern.Screening.Indicators;

/// <summary>
/// Reads the names, ages and places an ad gives for the person in it ("I'm Anna, 22 years old,
/// new in Leeds"). Stated ages under 18 are also evidence of a possible minor.
/// </summary>
internal static class FactRules
{
    public const int AdultAge = 18;
    private const int MaxPlaceWords = 3;

    public static void Apply(TextScan scan, string? location, List<Fact> facts, List<Evidence> minorEvidence)
    {
        var tokens = scan.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Has(TokenShape.HasDigit))
            {
                ReadAge(scan, t, facts, minorEvidence);
            }
            else if (scan.CueEndsAt(t - 1, Cue.NameMarker) && IsProperWord(scan, t))
            {
                facts.Add(new Fact(FactKind.Name, Tokenizer.Fold(scan.Word(t).ToString()), scan.EvidenceOf(t, t)));
            }
            else if (scan.CueEndsAt(t - 1, Cue.PlaceMarker) && IsProperWord(scan, t))
            {
                var last = t;
                while (last + 1 < tokens.Count && last - t + 1 < MaxPlaceWords && IsProperWord(scan, last + 1))
                {
                    last++;
                }

                var evidence = scan.EvidenceOf(t, last);
                facts.Add(new Fact(FactKind.Place, Tokenizer.Fold(evidence.Text), evidence));
            }
        }

        if (!string.IsNullOrWhiteSpace(location))
        {
            facts.Add(new Fact(FactKind.Place, Tokenizer.Fold(location.Trim()), Evidence.OfField("location", location)));
        }
    }

    private static void ReadAge(TextScan scan, int t, List<Fact> facts, List<Evidence> minorEvidence)
    {
        if (!NumberWords.TryRead(scan.Word(t), out var value, out var suffix) || value is < 10 or > 99 || value != Math.Floor(value) || scan.InsideContact(t))
        {
            return;
        }

        var first = t;
        var last = t;
        if (suffix.Equals("yo", StringComparison.OrdinalIgnoreCase) || suffix.Equals("yrs", StringComparison.OrdinalIgnoreCase))
        {
            // "19yo": the marker is inside the word.
        }
        else if (suffix.IsEmpty && scan.CueStartsAt(t + 1, Cue.AgeAfter))
        {
            last = t + 1;
            while (last + 1 < scan.Tokens.Count && !scan.CueEndsAt(last, Cue.AgeAfter))
            {
                last++;
            }
        }
        else if (suffix.IsEmpty && scan.CueEndsAt(t - 1, Cue.AgeBefore))
        {
            first = t - 1;
        }
        else
        {
            return;
        }

        var evidence = scan.EvidenceOf(first, last);
        facts.Add(new Fact(FactKind.Age, ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture), evidence));
        if (value < AdultAge)
        {
            minorEvidence.Add(evidence);
        }
    }

    /// <summary>A capitalised word no rule uses: likely a name or a place rather than ordinary text.</summary>
    private static bool IsProperWord(TextScan scan, int t)
    {
        var token = scan.Tokens[t];
        return token.Has(TokenShape.Capitalized) && !token.Has(TokenShape.HasDigit) && token.WordId < 0 && token.Length >= 2 && !scan.InsideContact(t);
    }
}
