using System.Globalization;

namespace Lantern.Screening.Contacts;

/// <summary>Character classes shared by the contact scanners.</summary>
internal static class ContactChars
{
    /// <summary>Letters and digits of any script: the characters a word is made of.</summary>
    public static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c >= '\u0080' && char.IsLetterOrDigit(c));

    /// <summary>Spaces that can sit inside one written contact (never a line break).</summary>
    public static bool IsInlineSpace(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A');

    public static bool IsCurrencySymbol(char c) =>
        c == '$' || (c >= '\u00A2' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol);

    /// <summary>Characters allowed in the part of an e-mail address before the @.</summary>
    public static bool IsEmailLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    /// <summary>Characters allowed in one label of a domain name.</summary>
    public static bool IsDomainLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    /// <summary>The end of the run of letters (any script) that starts at <paramref name="start"/>.</summary>
    public static int EndOfLetters(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The start of the run of letters (any script) that ends just before <paramref name="end"/>.</summary>
    public static int StartOfLetters(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Whether the text at <paramref name="at"/> reads <paramref name="word"/>, ignoring ASCII case.</summary>
    public static bool HasAt(string text, int at, string word) =>
        at >= 0 && at + word.Length <= text.Length
        && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Like <see cref="HasAt"/>, and the word is not followed by another letter or digit.</summary>
    public static bool HasWordAt(string text, int at, string word) =>
        HasAt(text, at, word) && (at + word.Length == text.Length || !IsWordChar(text[at + word.Length]));

    /// <summary>Skips at most <paramref name="max"/> inline spaces.</summary>
    public static int SkipSpaces(string text, int at, int max)
    {
        var end = at;
        while (end < text.Length && end - at < max && IsInlineSpace(text[end]))
        {
            end++;
        }

        return end;
    }
}
