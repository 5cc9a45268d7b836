namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// Characters that stand for one digit: ASCII and other decimal digits (fullwidth ０–９,
/// Arabic-Indic, ...), keycap emoji (a digit, U+FE0F, U+20E3), circled digits (① ⓪ ❶ ➀ ➊) and the
/// mathematical alphanumeric digits (𝟎 𝟘 𝟢 𝟬 𝟶) that ads use to get numbers past filters.
/// </summary>
internal static class DigitSymbols
{
    private const char VariationSelector16 = '\uFE0F';
    private const char CombiningKeycap = '\u20E3';
    private const char MathHighSurrogate = '\uD835';
    private const char FirstMathDigitLowSurrogate = '\uDFCE';
    private const char LastMathDigitLowSurrogate = '\uDFFF';

    /// <summary>Reads the digit written at <paramref name="at"/>, if one is.</summary>
    /// <param name="end">Just after the digit, including any keycap marks.</param>
    public static bool TryRead(string text, int at, out int digit, out int end)
    {
        var c = text[at];
        end = at + 1;
        if (char.IsAsciiDigit(c))
        {
            digit = c - '0';
            end = SkipKeycapMarks(text, end);
            return true;
        }

        digit = c switch
        {
            < '\u0080' => -1,
            >= '\u2460' and <= '\u2468' => c - '\u245F',
            '\u24EA' or '\u24FF' => 0,
            >= '\u2776' and <= '\u277E' => c - '\u2775',
            >= '\u2780' and <= '\u2788' => c - '\u277F',
            >= '\u278A' and <= '\u2792' => c - '\u2789',
            MathHighSurrogate => MathDigit(text, at),
            _ => char.IsDigit(c) ? (int)char.GetNumericValue(c) : -1,
        };
        if (digit < 0)
        {
            return false;
        }

        end = c == MathHighSurrogate ? at + 2 : SkipKeycapMarks(text, end);
        return true;
    }

    public static bool IsDigitAt(string text, int at) => at < text.Length && TryRead(text, at, out _, out _);

    /// <summary>Whether a digit ends just before <paramref name="end"/>.</summary>
    public static bool IsDigitBefore(string text, int end)
    {
        if (end <= 0)
        {
            return false;
        }

        var at = end - 1;
        while (at > 0 && text[at] is VariationSelector16 or CombiningKeycap)
        {
            at--;
        }

        if (at > 0 && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return TryRead(text, at, out _, out var digitEnd) && digitEnd == end;
    }

    /// <summary>Letters that stand for a digit inside a run of digits: O for 0, l and I for 1.</summary>
    public static int FromLetter(char c) => c switch
    {
        'O' or 'o' => 0,
        'l' or 'I' => 1,
        _ => -1,
    };

    private static int MathDigit(string text, int at) =>
        at + 1 < text.Length && text[at + 1] is >= FirstMathDigitLowSurrogate and <= LastMathDigitLowSurrogate
            ? (text[at + 1] - FirstMathDigitLowSurrogate) % 10
            : -1;

    private static int SkipKeycapMarks(string text, int at)
    {
        if (at < text.Length && text[at] == VariationSelector16)
        {
            at++;
        }

        if (at < text.Length && text[at] == CombiningKeycap)
        {
            at++;
        }

        return at;
    }
}
