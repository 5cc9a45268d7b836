using System.Globalization;

namespace Lantern.Screening.Indicators;

/// <summary>Reads the number at the start of a word ("5,000", "1.500", "2.5k", "19yo") and what follows it.</summary>
internal static class NumberWords
{
    /// <summary>Parses a leading number; returns the letters after it in <paramref name="suffix"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> word, out double value, out ReadOnlySpan<char> suffix)
    {
        value = 0;
        suffix = default;
        var end = 0;
        while (end < word.Length && (char.IsAsciiDigit(word[end]) || word[end] is ',' or '.'))
        {
            end++;
        }

        if (end == 0 || !char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        var digits = word[..end];
        suffix = word[end..];
        var lastSeparator = digits.LastIndexOfAny(',', '.');

        // "12.50" and "2.5k" carry decimals; "5,000" and "1.500" only group thousands.
        var decimals = lastSeparator >= 0 && (digits.Length - lastSeparator - 1 is 1 or 2);
        Span<char> plain = stackalloc char[digits.Length];
        var length = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            if (char.IsAsciiDigit(digits[i]))
            {
                plain[length++] = digits[i];
            }
            else if (decimals && i == lastSeparator)
            {
                plain[length++] = '.';
            }
        }

        if (!double.TryParse(plain[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (suffix.Equals("k", StringComparison.OrdinalIgnoreCase))
        {
            value *= 1000;
            suffix = default;
        }

        return true;
    }
}
