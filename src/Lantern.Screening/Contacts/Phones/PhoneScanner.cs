using Lantern.Screening.Text;

namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// Finds the phone numbers in the <see cref="PhoneRun"/> that starts at a position: from each
/// group in turn, the longest stretch of groups that <see cref="PhoneNumberNormalizer"/>
/// accepts. Stretches are tried at group boundaries only, so "07700 900123 24" yields the
/// number and leaves the 24.
/// </summary>
internal static class PhoneScanner
{
    /// <summary>The most digits a number is written with: 00, a three-digit country code and twelve more.</summary>
    private const int MaxWrittenDigits = 17;

    [ThreadStatic]
    private static Scratch? scratch;

    /// <summary>
    /// Adds the phone numbers in the run at <paramref name="start"/> to <paramref name="found"/>.
    /// Returns the end of the last one, or -1 when there is none.
    /// </summary>
    /// <param name="scannedUntil">
    /// Where the run ends: no number starts before it that this call has not already found.
    /// </param>
    public static int Scan(string text, int start, NumberingPlan? region, List<Entity> found, out int scannedUntil)
    {
        // Every number in an ad (ages, prices, times) comes through here; buffers kept per thread
        // spare zeroing fresh stack space each time. A run writes every slot before reading it.
        var buffers = scratch ??= new Scratch();
        var run = PhoneRun.Read(text, start, buffers.Groups, buffers.Digits);
        if (run.GroupCount == 0)
        {
            scannedUntil = start + 1;
            return -1;
        }

        scannedUntil = run.Groups[^1].End;
        var lastGroup = run.Groups[^1];
        if (lastGroup.FirstDigit + lastGroup.DigitCount < PhoneNumberNormalizer.MinDigits)
        {
            // Too few digits for any number: the common case of an age, a price or a time.
            return -1;
        }

        PhoneDecoys.Exclude(text, run);

        Span<char> e164 = stackalloc char[PhoneNumberNormalizer.MaxLength];
        var lastEnd = -1;
        var first = 0;
        while (first < run.GroupCount)
        {
            var end = LongestNumber(run, first, region, e164, out var length);
            if (end < 0)
            {
                first++;
                continue;
            }

            lastEnd = Add(text, run, first, end, new string(e164[..length]), found);
            first = end;
        }

        return lastEnd;
    }

    /// <summary>The index after the last group of the longest valid number from group <paramref name="first"/>, or -1.</summary>
    private static int LongestNumber(PhoneRun run, int first, NumberingPlan? region, Span<char> e164, out int length)
    {
        length = 0;
        var groups = run.Groups;
        var limit = first;
        var digits = 0;
        while (limit < groups.Length && !groups[limit].Excluded && digits + groups[limit].DigitCount <= MaxWrittenDigits)
        {
            digits += groups[limit].DigitCount;
            limit++;
        }

        var withPlus = first == 0 && run.PlusAt >= 0;
        var from = groups[first].FirstDigit;
        for (var end = limit; end > first; end--)
        {
            var to = groups[end - 1].FirstDigit + groups[end - 1].DigitCount;
            if (to - from < PhoneNumberNormalizer.MinDigits)
            {
                break;
            }

            length = PhoneNumberNormalizer.Normalize(run.Digits[from..to], withPlus, region, e164);
            if (length > 0)
            {
                return end;
            }
        }

        return -1;
    }

    private static int Add(string text, PhoneRun run, int first, int end, string e164, List<Entity> found)
    {
        var groups = run.Groups;
        var start = first == 0 ? run.Start : groups[first].Start;
        var stop = groups[end - 1].End;

        // Keep brackets that belong to the number: "(212) 555-0123", "+44 (0)20 ...".
        var written = text.AsSpan(start, stop - start);
        var opened = written.Count('(') - written.Count(')');
        if (opened < 0 && start > 0 && text[start - 1] == '(')
        {
            start--;
        }
        else if (opened > 0 && stop < text.Length && text[stop] == ')')
        {
            stop++;
        }

        found.Add(new Entity(EntityType.Phone, e164, Evidence.Of(text, start, stop)));
        return stop;
    }

    private sealed class Scratch
    {
        public readonly DigitGroup[] Groups = new DigitGroup[PhoneRun.MaxGroups];
        public readonly byte[] Digits = new byte[PhoneRun.MaxDigits];
    }
}
