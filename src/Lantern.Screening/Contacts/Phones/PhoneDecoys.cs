namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// Marks the groups of a <see cref="PhoneRun"/> that belong to something other than a phone
/// number: prices, ages, dates, times, measurements, "24/7". A marked group cannot be part of a
/// number, so a price next to a phone number is not swallowed into it either.
/// </summary>
internal static class PhoneDecoys
{
    /// <summary>
    /// A unit after a run excludes its last group only when it is this short. Ages, heights,
    /// times and most prices are; the last group of a phone number ("333 1234567 per
    /// appuntamenti", Italian for "for appointments") mostly is not.
    /// </summary>
    private const int MaxDigitsBeforeUnit = 4;

    /// <summary>Words shortly before a number that say what it is: "age 19", "ref 61234567", "Rp 500.000".</summary>
    private static readonly WordSet WordsBefore = new(
        "age aged ref reference order invoice code zip postcode size height weight price prices rate rates "
        + "cost fee deposit salary pay rp rs inr idr eur euro euros usd gbp chf since year");

    /// <summary>Units after a number: "170 cm", "22 years", "10.30 pm", "300 EUR", "1,200/month".</summary>
    private static readonly WordSet WordsAfter = new(
        "cm mm m km kg g lb lbs ft inch inches yo y yrs yr year years old anni anno años jahre ans tahun "
        + "am pm h hr hrs hour hours min mins minute minutes sec eur euro euros usd gbp chf idr rp rs inr "
        + "dollar dollars pound pounds k mil million millions percent night nights day days week weeks "
        + "month months kr pln ron");

    /// <summary>Words that people run straight into a number: "Tel07700...", "HP:0812...", "WA08...".</summary>
    private static readonly WordSet GluedLabels = new(
        "tel tlf telp tfn ph phone mob mobile cell cel call text sms wa whatsapp viber signal hp hub handy");

    public static void Exclude(string text, PhoneRun run)
    {
        var groups = run.Groups;
        if (IsPrecededByNonPhone(text, run.Start))
        {
            groups[0].Excluded = true;
        }

        ref var last = ref groups[^1];
        if (IsFollowedByNonPhone(text, last))
        {
            last.Excluded = true;
        }

        ExcludeDatesAndMeasurements(groups, run.Digits);
        ExcludeLists(groups, run.Digits);
        SpreadAcrossDots(groups);
    }

    private static bool IsPrecededByNonPhone(string text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var c = text[start - 1];
        if (ContactChars.IsCurrencySymbol(c) || c is '#' or '\u2116')
        {
            return true;
        }

        if (char.IsLetter(c))
        {
            return !GluedLabels.Contains(text.AsSpan()[ContactChars.StartOfLetters(text, start)..start]);
        }

        // "1,200", "10:30", "5'6": the run continues a number written before it.
        if (c is ',' or ':' or '.' or '\'' or '"' && DigitSymbols.IsDigitBefore(text, start - 1))
        {
            return true;
        }

        var at = start - 1;
        while (at >= 0 && start - at <= 3 && (ContactChars.IsInlineSpace(text[at]) || text[at] is ':' or '=' or '-'))
        {
            at--;
        }

        if (at < 0 || at == start - 1)
        {
            return false;
        }

        // "$ 300", but not "1.200 € 07700 900123": there the sign belongs to the amount before it.
        if (ContactChars.IsCurrencySymbol(text[at]))
        {
            var before = at > 0 && ContactChars.IsInlineSpace(text[at - 1]) ? at - 1 : at;
            return !DigitSymbols.IsDigitBefore(text, before);
        }

        return char.IsLetter(text[at])
            && WordsBefore.Contains(text.AsSpan()[ContactChars.StartOfLetters(text, at + 1)..(at + 1)]);
    }

    private static bool IsFollowedByNonPhone(string text, in DigitGroup last)
    {
        var end = last.End;
        if (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetter(c) || ContactChars.IsCurrencySymbol(c)
                || c is '%' or '\'' or '"' or '\u2032' or '\u2033' or '\u00B0' or '@')
            {
                return true;
            }

            // "10:30" and "1,200"; a comma after a long number is just a comma.
            if ((c == ':' || (c == ',' && last.DigitCount <= 3)) && DigitSymbols.IsDigitAt(text, end + 1))
            {
                return true;
            }
        }

        if (last.DigitCount > MaxDigitsBeforeUnit)
        {
            return false;
        }

        var at = end;
        while (at < text.Length && at - end < 2 && (ContactChars.IsInlineSpace(text[at]) || text[at] is '/' or '-'))
        {
            at++;
        }

        if (at >= text.Length)
        {
            return false;
        }

        // "300 €", but not "0123 $200": there the sign belongs to the amount after it.
        if (ContactChars.IsCurrencySymbol(text[at]))
        {
            return !DigitSymbols.IsDigitAt(text, ContactChars.SkipSpaces(text, at + 1, 1));
        }

        if (!char.IsLetter(text[at]))
        {
            return false;
        }

        // A whole word: "h24" (around the clock) is not the unit "h".
        var wordEnd = ContactChars.EndOfLetters(text, at);
        return WordsAfter.Contains(text.AsSpan()[at..wordEnd]) && !DigitSymbols.IsDigitAt(text, wordEnd);
    }

    /// <summary>
    /// Lists rather than numbers: counting ("1 2 3 4 5 6 7 8 9 10": five or more groups going up
    /// by one, from 1 or on past 9, which a spaced-out number's digits cannot) and round amounts
    /// ("150 200 300 500": three or more groups of 2-4 digits, not joined by dots, that end in 0
    /// and do not start with it, which a phone number's groups do about once in a thousand).
    /// </summary>
    private static void ExcludeLists(Span<DigitGroup> groups, ReadOnlySpan<byte> digits)
    {
        const int MinCounting = 5;
        const int MinRoundAmounts = 3;
        var counting = 1;
        var round = 0;
        for (var i = 0; i < groups.Length; i++)
        {
            var value = Value(groups[i], digits);
            counting = i > 0 && value > 0 && value == Value(groups[i - 1], digits) + 1 ? counting + 1 : 1;
            // Groups joined by dots are one number ("1.500.000", "6.990.930.550"), never a list.
            round = !IsRoundAmount(groups[i], digits) ? 0 : groups[i].Joiner == '.' ? 1 : round + 1;
            if (counting >= MinCounting && (value >= 10 || value - counting + 1 == 1))
            {
                ExcludeAll(groups.Slice(i + 1 - counting, counting));
            }

            if (round >= MinRoundAmounts)
            {
                ExcludeAll(groups.Slice(i + 1 - round, round));
            }
        }
    }

    private static bool IsRoundAmount(in DigitGroup group, ReadOnlySpan<byte> digits) =>
        group.DigitCount is >= 2 and <= 4 && group.FirstDigit + group.DigitCount <= digits.Length
        && digits[group.FirstDigit] != 0 && digits[group.FirstDigit + group.DigitCount - 1] == 0;

    /// <summary>
    /// Dates (2024-03-01, 01/03/2024, 1.3.2024, 01 03 2024), vital statistics (36-24-36) and
    /// 24/7. A date is exactly three groups: French numbers are written in dotted pairs
    /// (06.12.34.56.78), and five pairs are no date.
    /// </summary>
    private static void ExcludeDatesAndMeasurements(Span<DigitGroup> groups, ReadOnlySpan<byte> digits)
    {
        var first = 0;
        while (first < groups.Length)
        {
            var end = first + 1;
            var joiner = end < groups.Length ? groups[end].Joiner : '\0';
            while (end < groups.Length && groups[end].Joiner == joiner)
            {
                end++;
            }

            var chain = groups[first..end];
            if (joiner is '.' or '/' or '-' && chain.Length == 3
                && (IsDate(chain, digits) || (joiner != '.' && IsMeasurement(chain))))
            {
                ExcludeAll(chain);
            }
            else if (joiner is '/' or '-' && chain.Length == 2
                && Value(chain[0], digits) == 24 && Value(chain[1], digits) == 7)
            {
                ExcludeAll(chain);
            }
            else if (joiner == ' ')
            {
                ExcludeSpacedDates(chain, digits);
            }

            // Neighbouring chains share their end group: in "5.01/03/2024" the date starts at 01.
            first = end - 1 > first ? end - 1 : end;
        }
    }

    /// <summary>"01 03 2024": day, month and a four-digit year, anywhere in a spaced chain.</summary>
    private static void ExcludeSpacedDates(Span<DigitGroup> chain, ReadOnlySpan<byte> digits)
    {
        for (var i = 0; i + 3 <= chain.Length; i++)
        {
            var date = chain.Slice(i, 3);
            if (date[2].DigitCount == 4 && IsDate(date, digits))
            {
                ExcludeAll(date);
            }
        }
    }

    private static bool IsDate(ReadOnlySpan<DigitGroup> date, ReadOnlySpan<byte> digits)
    {
        var (a, b, c) = (date[0], date[1], date[2]);
        if (a.DigitCount <= 2 && b.DigitCount <= 2 && c.DigitCount is 2 or 4)
        {
            var (day, month) = (Value(a, digits), Value(b, digits));
            return day is >= 1 and <= 31 && month is >= 1 and <= 31 && (day <= 12 || month <= 12)
                && (c.DigitCount == 2 || IsYear(Value(c, digits)));
        }

        return a.DigitCount == 4 && b.DigitCount <= 2 && c.DigitCount <= 2
            && IsYear(Value(a, digits)) && Value(b, digits) is >= 1 and <= 12 && Value(c, digits) is >= 1 and <= 31;
    }

    private static bool IsYear(int value) => value is >= 1900 and <= 2099;

    private static bool IsMeasurement(ReadOnlySpan<DigitGroup> chain) =>
        chain[0].DigitCount == 2 && chain[1].DigitCount == 2 && chain[2].DigitCount == 2;

    /// <summary>Numbers joined by a dot are one number ("1.500", "10.30"): what one part is, all are.</summary>
    private static void SpreadAcrossDots(Span<DigitGroup> groups)
    {
        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Joiner == '.' && groups[i - 1].Excluded)
            {
                groups[i].Excluded = true;
            }
        }

        for (var i = groups.Length - 1; i > 0; i--)
        {
            if (groups[i].Joiner == '.' && groups[i].Excluded)
            {
                groups[i - 1].Excluded = true;
            }
        }
    }

    private static void ExcludeAll(Span<DigitGroup> groups)
    {
        foreach (ref var group in groups)
        {
            group.Excluded = true;
        }
    }

    /// <summary>The group's digits as a number, or -1 for groups too long to be a day, month or year.</summary>
    private static int Value(in DigitGroup group, ReadOnlySpan<byte> digits)
    {
        if (group.DigitCount > 4 || group.FirstDigit + group.DigitCount > digits.Length)
        {
            return -1;
        }

        var value = 0;
        foreach (var digit in digits.Slice(group.FirstDigit, group.DigitCount))
        {
            value = value * 10 + digit;
        }

        return value;
    }
}
