using Lantern.Screening.Text;

namespace Lantern.Screening.Indicators;

/// <summary>
/// Flags pay stated per hour, day, week or month above the rule book's thresholds ("earn $2500
/// per week"): an amount marked as money by a symbol or a currency word, followed within three
/// words by a period.
/// </summary>
internal static class PayRule
{
    private const int PeriodWindow = 3;
    private static readonly Cue[] Periods = [Cue.PerHour, Cue.PerDay, Cue.PerWeek, Cue.PerMonth];

    public static void Apply(TextScan scan, RuleBook rules, List<Evidence> evidence)
    {
        var tokens = scan.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].Has(TokenShape.HasDigit) || !NumberWords.TryRead(scan.Word(t), out var amount, out _) || scan.InsideContact(t))
            {
                continue;
            }

            var symbolAt = CurrencySymbolBefore(scan.Text, tokens[t].Start);
            if (symbolAt < 0 && !scan.CueStartsAt(t + 1, Cue.Currency))
            {
                continue;
            }

            if (PeriodAbove(scan, rules, t, amount) is { } periodEnd)
            {
                evidence.Add(Evidence.Of(scan.Text, symbolAt >= 0 ? symbolAt : tokens[t].Start, periodEnd));
            }
        }
    }

    /// <summary>The end of the first period within reach whose threshold the amount reaches, if any.</summary>
    private static int? PeriodAbove(TextScan scan, RuleBook rules, int amountToken, double amount)
    {
        for (var next = amountToken + 1; next <= amountToken + PeriodWindow && next < scan.Tokens.Count; next++)
        {
            foreach (var match in scan.Matches)
            {
                if (match.FirstToken == next && RuleBook.CueOf(match.Group) is { } cue && Array.IndexOf(Periods, cue) >= 0
                    && rules.PayThresholds.TryGetValue(cue, out var threshold) && amount >= threshold)
                {
                    return scan.Tokens[match.LastToken].End;
                }
            }
        }

        return null;
    }

    /// <summary>Position of a "$", "€" or "£" right before the amount (one space allowed), or -1.</summary>
    private static int CurrencySymbolBefore(string text, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 2; i--)
        {
            if (text[i] is '$' or '€' or '£')
            {
                return i;
            }

            if (text[i] != ' ')
            {
                return -1;
            }
        }

        return -1;
    }
}
