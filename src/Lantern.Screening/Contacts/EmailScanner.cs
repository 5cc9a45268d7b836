using System.Runtime.CompilerServices;
using Lantern.Screening.Text;

namespace Lantern.Screening.Contacts;

/// <summary>
/// E-mail addresses, plain ("anna@example.com") and obfuscated ("anna at example dot com",
/// "anna(at)example(dot)com", "anna [at] example [dot] com", "anna @ example . com"). An
/// obfuscated address must end in a known top-level domain; a bare " at " also needs an
/// obfuscated dot, so that "pics at mysite.com" stays a sentence with a URL in it.
/// </summary>
internal static class EmailScanner
{
    private const int MaxLocalLength = 64;
    private const int MaxDomainLength = 253;
    private const int MaxLabelLength = 63;

    private enum AtSign
    {
        None,
        Plain,
        Spaced,
        Bracketed,
        Word,
    }

    /// <summary>
    /// Whether what follows a word could lead to an @: more of an address's first part, an @, or
    /// an obfuscated one ("(at)", " at "). One or two reads that rule out nearly every word of prose.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayFollow(string text, int wordEnd)
    {
        if (wordEnd + 1 >= text.Length)
        {
            return false;
        }

        var c = text[wordEnd];
        var next = text[wordEnd + 1];
        if (IsAtSignLead(c))
        {
            return true;
        }

        // "anna.smith@", not "word. Next": an address's first part does not end in a dot, but
        // may end in another of its characters ("anna_(at)...", "anna_ at ...").
        if (ContactChars.IsEmailLocalChar(c))
        {
            return ContactChars.IsEmailLocalChar(next) || IsAtSignLead(next) || (c != '.' && ContactChars.IsInlineSpace(next));
        }

        return ContactChars.IsInlineSpace(c)
            && (IsAtSignLead(next) || ContactChars.IsInlineSpace(next)
                || ((next | 0x20) == 'a' && wordEnd + 2 < text.Length && (text[wordEnd + 2] | 0x20) == 't'));
    }

    /// <summary>Adds the address that starts at <paramref name="start"/>, if one does, and returns its end; else -1.</summary>
    public static int TryAdd(string text, int start, List<Entity> found)
    {
        var localEnd = start;
        while (localEnd < text.Length && localEnd - start < MaxLocalLength && ContactChars.IsEmailLocalChar(text[localEnd]))
        {
            localEnd++;
        }

        if (localEnd == start || text[start] == '.' || text[localEnd - 1] == '.')
        {
            return -1;
        }

        var domainStart = SkipAtSign(text, localEnd, out var at);
        if (at == AtSign.None)
        {
            return -1;
        }

        Span<Range> labels = stackalloc Range[16];
        var labelCount = ReadDomain(text, domainStart, labels, out var obfuscatedDot);
        if (labelCount < 2)
        {
            return -1;
        }

        var tld = text.AsSpan()[labels[labelCount - 1]];
        if (!IsAcceptableTld(tld, at, obfuscatedDot))
        {
            return -1;
        }

        var end = labels[labelCount - 1].End.Value;
        found.Add(new Entity(EntityType.Email, Canonical(text, start, localEnd, labels[..labelCount]), Evidence.Of(text, start, end)));
        return end;
    }

    private static bool IsAtSignLead(char c) => c is '@' or '(' or '[' or '{' or '<';

    private static bool IsAcceptableTld(ReadOnlySpan<char> tld, AtSign at, bool obfuscatedDot)
    {
        if (tld.Length < 2 || !IsLetters(tld))
        {
            return false;
        }

        if (at == AtSign.Word && !obfuscatedDot)
        {
            return false;
        }

        return at == AtSign.Plain && !obfuscatedDot
            ? !TopLevelDomains.IsFileExtension(tld)
            : TopLevelDomains.IsKnown(tld);
    }

    /// <summary>Skips "@", " @ ", "(at)", "[at]", "{at}", "&lt;at&gt;", "(@)" or " at ", and the spaces around them.</summary>
    private static int SkipAtSign(string text, int at, out AtSign kind)
    {
        kind = AtSign.None;
        var afterSpaces = ContactChars.SkipSpaces(text, at, 2);
        if (afterSpaces >= text.Length)
        {
            return at;
        }

        var spaced = afterSpaces > at;
        var c = text[afterSpaces];
        int end;
        if (c == '@')
        {
            end = afterSpaces + 1;
            kind = AtSign.Plain;
        }
        else if (c is '(' or '[' or '{' or '<')
        {
            end = SkipBracketed(text, afterSpaces, "at", "@");
            kind = end > afterSpaces ? AtSign.Bracketed : AtSign.None;
        }
        else if (spaced && ContactChars.HasWordAt(text, afterSpaces, "at"))
        {
            end = afterSpaces + 2;
            kind = AtSign.Word;
        }
        else
        {
            return at;
        }

        var domainStart = ContactChars.SkipSpaces(text, end, 2);
        if (kind == AtSign.Word && domainStart == end)
        {
            kind = AtSign.None;
        }
        else if (kind == AtSign.Plain && (spaced || domainStart > end))
        {
            kind = AtSign.Spaced;
        }

        return domainStart;
    }

    /// <summary>
    /// Skips a bracketed word such as "(at)" or "[ dot ]" at <paramref name="open"/>; returns
    /// <paramref name="open"/> when there is none.
    /// </summary>
    private static int SkipBracketed(string text, int open, string word, string symbol)
    {
        var close = text[open] switch
        {
            '(' => ')',
            '[' => ']',
            '{' => '}',
            '<' => '>',
            _ => '\0',
        };
        if (close == '\0')
        {
            return open;
        }

        var at = ContactChars.SkipSpaces(text, open + 1, 1);
        if (ContactChars.HasAt(text, at, word))
        {
            at += word.Length;
        }
        else if (ContactChars.HasAt(text, at, symbol))
        {
            at += symbol.Length;
        }
        else
        {
            return open;
        }

        at = ContactChars.SkipSpaces(text, at, 1);
        return at < text.Length && text[at] == close ? at + 1 : open;
    }

    /// <summary>Reads domain labels joined by dots, plain or obfuscated; returns how many.</summary>
    private static int ReadDomain(string text, int start, Span<Range> labels, out bool obfuscatedDot)
    {
        obfuscatedDot = false;
        var count = 0;
        var at = start;
        while (count < labels.Length)
        {
            var end = at;
            while (end < text.Length && ContactChars.IsDomainLabelChar(text[end]))
            {
                end++;
            }

            if (end == at || end - at > MaxLabelLength || text[at] == '-' || text[end - 1] == '-' || end - start > MaxDomainLength)
            {
                break;
            }

            labels[count++] = at..end;
            var next = SkipDot(text, end, out var obfuscated);
            if (next == end || next >= text.Length || !ContactChars.IsDomainLabelChar(text[next]))
            {
                break;
            }

            obfuscatedDot |= obfuscated;
            at = next;
        }

        return count;
    }

    /// <summary>Skips ".", " . ", " dot ", "(dot)", "[dot]", "(.)" and the like.</summary>
    private static int SkipDot(string text, int at, out bool obfuscated)
    {
        obfuscated = false;
        if (at < text.Length && text[at] == '.')
        {
            return at + 1;
        }

        var afterSpaces = ContactChars.SkipSpaces(text, at, 2);
        if (afterSpaces >= text.Length)
        {
            return at;
        }

        if (text[afterSpaces] is '(' or '[' or '{' or '<')
        {
            var closed = SkipBracketed(text, afterSpaces, "dot", ".");
            obfuscated = closed > afterSpaces;
            return obfuscated ? ContactChars.SkipSpaces(text, closed, 2) : at;
        }

        // A spaced dot or "dot" needs spaces on both sides: "home. Com" is two sentences.
        var length = text[afterSpaces] == '.' ? 1 : ContactChars.HasWordAt(text, afterSpaces, "dot") ? 3 : 0;
        var next = ContactChars.SkipSpaces(text, afterSpaces + length, 2);
        obfuscated = afterSpaces > at && length > 0 && next > afterSpaces + length;
        return obfuscated ? next : at;
    }

    private static string Canonical(string text, int localStart, int localEnd, ReadOnlySpan<Range> labels)
    {
        Span<char> canonical = stackalloc char[MaxLocalLength + 1 + MaxDomainLength];
        var at = text.AsSpan(localStart, localEnd - localStart).ToLowerInvariant(canonical);
        canonical[at++] = '@';
        for (var i = 0; i < labels.Length; i++)
        {
            if (i > 0)
            {
                canonical[at++] = '.';
            }

            at += text.AsSpan()[labels[i]].ToLowerInvariant(canonical[at..]);
        }

        return new string(canonical[..at]);
    }

    private static bool IsLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
