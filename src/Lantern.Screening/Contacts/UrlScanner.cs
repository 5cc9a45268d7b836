using System.Runtime.CompilerServices;
using Lantern.Screening.Text;

namespace Lantern.Screening.Contacts;

/// <summary>
/// Web addresses: with http:// or https://, with www., or bare ("example.com/path") when they end
/// in a known top-level domain written in one case, so "photo.jpg", "e.g." and a sentence run
/// into the next ("fun.It was") are not taken for links. The value is the lower-case host without
/// "www." and the path without query, fragment or trailing slash: what two ads share when they
/// link to the same page.
/// </summary>
internal static class UrlScanner
{
    private const int MaxHostLength = 253;

    /// <summary>
    /// Whether a link could start with the word that ends at <paramref name="wordEnd"/>: its
    /// first word ends in a dot ("www.", "example."), a dash ("my-site.com") or a colon ("https:").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStartWith(string text, int wordEnd) =>
        wordEnd + 1 < text.Length
        && (text[wordEnd] is '.' or '-' ? ContactChars.IsDomainLabelChar(text[wordEnd + 1]) : text[wordEnd] == ':' && text[wordEnd + 1] == '/');

    /// <summary>Adds the address that starts at <paramref name="start"/>, if one does, and returns its end; else -1.</summary>
    public static int TryAdd(string text, int start, List<Entity> found)
    {
        var hostStart = SchemeEnd(text, start);
        var hasScheme = hostStart > start;
        if (!hasScheme && start > 0 && text[start - 1] is '@' or '.' or '/' or '-' or '_')
        {
            return -1;
        }

        var hostEnd = ReadHost(text, hostStart, out var tldStart);
        if (hostEnd < 0 || (hostEnd < text.Length && text[hostEnd] == '@'))
        {
            return -1;
        }

        var host = text.AsSpan(hostStart, hostEnd - hostStart);
        var tld = text.AsSpan(tldStart, hostEnd - tldStart);
        var hasWww = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (!hasScheme && !(hasWww ? IsLetters(tld) : IsBareDomainEnding(host, tld)))
        {
            return -1;
        }

        var pathStart = SkipPort(text, hostEnd);
        var end = ReadPath(text, pathStart);
        var path = text.AsSpan(pathStart, end - pathStart);
        var routeLength = path.IndexOfAny('?', '#');
        var route = (routeLength < 0 ? path : path[..routeLength]).TrimEnd('/');
        if (hasWww)
        {
            host = host[4..];
        }

        var value = Canonical(host, route);
        var evidence = Evidence.Of(text, start, end);
        found.Add(new Entity(EntityType.Url, value, evidence));
        PlatformLinks.AddContactIn(value, host.Length, evidence, found);
        return end;
    }

    private static int SchemeEnd(string text, int start)
    {
        if (ContactChars.HasAt(text, start, "https://"))
        {
            return start + 8;
        }

        return ContactChars.HasAt(text, start, "http://") ? start + 7 : start;
    }

    /// <summary>Reads dot-separated labels; returns the host's end, or -1 when there are not two valid labels.</summary>
    private static int ReadHost(string text, int start, out int lastLabelStart)
    {
        lastLabelStart = start;
        var labels = 0;
        var at = start;
        while (true)
        {
            var end = at;
            while (end < text.Length && ContactChars.IsDomainLabelChar(text[end]))
            {
                end++;
            }

            // A label neither starts nor ends with a hyphen.
            if (end == at || end - start > MaxHostLength || text[at] == '-' || text[end - 1] == '-')
            {
                break;
            }

            labels++;
            lastLabelStart = at;
            if (end + 1 >= text.Length || text[end] != '.' || !ContactChars.IsDomainLabelChar(text[end + 1]))
            {
                return labels >= 2 ? end : -1;
            }

            at = end + 1;
        }

        return -1;
    }

    /// <summary>
    /// A known top-level domain, all lower case or all upper case; an upper-case one only after an
    /// upper-case host ("EXAMPLE.COM"), since "planet.BE careful" is a sentence run into the next.
    /// </summary>
    private static bool IsBareDomainEnding(ReadOnlySpan<char> host, ReadOnlySpan<char> tld) =>
        IsLetters(tld) && TopLevelDomains.IsKnown(tld)
        && (!tld.ContainsAnyInRange('A', 'Z') || !host.ContainsAnyInRange('a', 'z'));

    private static int SkipPort(string text, int at)
    {
        if (at + 1 >= text.Length || text[at] != ':' || !char.IsAsciiDigit(text[at + 1]))
        {
            return at;
        }

        at++;
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Reads a path, query and fragment, and gives back punctuation that ends the sentence.</summary>
    private static int ReadPath(string text, int at)
    {
        if (at >= text.Length || text[at] is not ('/' or '?' or '#'))
        {
            return at;
        }

        var end = at;
        while (end < text.Length && IsPathChar(text[end]))
        {
            end++;
        }

        while (end > at && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '*')
        {
            end--;
        }

        return end;
    }

    private static bool IsPathChar(char c) =>
        c is > ' ' and < '\u007F' and not ('<' or '>' or '"' or '\'' or '`' or '{' or '}' or '|' or '\\' or '^' or '(' or ')' or '[' or ']');

    private static string Canonical(ReadOnlySpan<char> host, ReadOnlySpan<char> route)
    {
        Span<char> lowerHost = stackalloc char[MaxHostLength];
        var hostLength = host.ToLowerInvariant(lowerHost);
        return string.Concat(lowerHost[..hostLength], route);
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

        return span.Length >= 2;
    }
}
