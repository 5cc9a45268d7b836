using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Lantern.Screening.Text;

namespace Lantern.Screening.Contacts;

/// <summary>
/// Social media and messenger handles: "@name", and names after a platform label ("telegram:
/// name", "tg @name", "insta: name", "wickr me: name"). A label needs a colon, dash, equals sign
/// or @ before the name, so "snap a picture" stays prose. WhatsApp, Viber and Signal numbers are
/// phone numbers and are left to the phone scanner.
/// </summary>
internal static class HandleScanner
{
    private const int MinNameLength = 2;
    private const int MaxNameLength = 32;

    /// <summary>Labels as ads write them, and the prefix of the platform each stands for.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Platforms =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["telegram"] = "telegram:", ["tg"] = "telegram:", ["telegramm"] = "telegram:",
            ["instagram"] = "instagram:", ["insta"] = "instagram:", ["ig"] = "instagram:",
            ["snapchat"] = "snapchat:", ["snap"] = "snapchat:", ["sc"] = "snapchat:",
            ["kik"] = "kik:",
            ["wickr"] = "wickr:", ["wickrme"] = "wickr:",
            ["signal"] = "signal:",
            ["skype"] = "skype:",
            ["wechat"] = "wechat:", ["weixin"] = "wechat:",
            ["line"] = "line:",
            ["threema"] = "threema:",
            ["session"] = "session:",
            ["twitter"] = "twitter:",
            ["tiktok"] = "tiktok:",
            ["onlyfans"] = "onlyfans:",
        }
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Labels that are also everyday words. Scraped pages put them before a colon with a space
    /// ("Line :Government"), so for these a colon, dash or equals sign must touch the label; an @ or
    /// an arrow still labels a handle after a space.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EverydayWords =
        new[] { "line", "session", "signal", "snap", "skype" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the "@name" whose @ is at <paramref name="at"/>, if there is one, and returns its end; else -1.</summary>
    public static int TryAddMention(string text, int at, List<Entity> found)
    {
        if (at > 0 && (ContactChars.IsEmailLocalChar(text[at - 1]) || text[at - 1] == '@'))
        {
            return -1;
        }

        var end = ReadName(text, at + 1, allowDash: false);
        if (end < 0)
        {
            return -1;
        }

        found.Add(new Entity(EntityType.Handle, Canonical("@", text.AsSpan(at + 1, end - at - 1)), Evidence.Of(text, at, end)));
        return end;
    }

    /// <summary>
    /// Whether the word that ends at <paramref name="wordEnd"/> could label a handle: a delimiter
    /// follows it at once or after a space, or "me" does ("wickr me").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayLabel(string text, int wordEnd)
    {
        if (wordEnd >= text.Length)
        {
            return false;
        }

        var c = text[wordEnd];
        if (IsDelimiter(c))
        {
            return true;
        }

        return ContactChars.IsInlineSpace(c) && wordEnd + 1 < text.Length
            && (IsDelimiter(text[wordEnd + 1]) || text[wordEnd + 1] is 'm' or 'M' || ContactChars.IsInlineSpace(text[wordEnd + 1]));
    }

    /// <summary>
    /// Adds the labelled handle whose label is the word [<paramref name="start"/>,
    /// <paramref name="wordEnd"/>), if it is one, and returns its end; else -1.
    /// </summary>
    public static int TryAddLabelled(string text, int start, int wordEnd, List<Entity> found)
    {
        var at = ContactChars.SkipSpaces(text, wordEnd, 2);
        if (at >= text.Length)
        {
            return -1;
        }

        var wickrMe = text[at] is 'm' or 'M' && ContactChars.HasWordAt(text, at, "me");
        if (!IsDelimiter(text[at]) && !wickrMe)
        {
            return -1;
        }

        var label = text.AsSpan(start, wordEnd - start);
        if (!Platforms.TryGetValue(label, out var prefix)
            || (wickrMe && prefix != "wickr:")
            || (at > wordEnd && text[at] is ':' or '-' or '=' or '\uFF1A' && EverydayWords.Contains(label)))
        {
            return -1;
        }

        if (wickrMe)
        {
            at = ContactChars.SkipSpaces(text, at + 2, 2);
        }

        var delimited = false;
        if (at < text.Length && IsDelimiter(text[at]) && text[at] != '@')
        {
            delimited = true;
            at = ContactChars.SkipSpaces(text, at + 1, 2);
        }

        if (at < text.Length && text[at] == '@')
        {
            delimited = true;
            at++;
        }

        var end = delimited ? ReadName(text, at, allowDash: true) : -1;
        if (end < 0)
        {
            return -1;
        }

        found.Add(new Entity(EntityType.Handle, Canonical(prefix, text.AsSpan(at, end - at)), Evidence.Of(text, start, end)));
        return end;
    }

    /// <summary>Whether <paramref name="name"/> could be a user name (used for names taken from links).</summary>
    public static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.Length is < MinNameLength or > MaxNameLength || !name.ContainsAnyInRange('a', 'z') && !name.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsNameChar(c, allowDash: true))
            {
                return false;
            }
        }

        return true;
    }

    public static string Canonical(string prefix, ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[MaxNameLength];
        var length = name.ToLowerInvariant(lower);
        return string.Concat(prefix, lower[..length]);
    }

    /// <summary>
    /// Reads a user name from <paramref name="start"/>: letters, digits, _ and . (and - after a
    /// label), with at least one letter, not the start of an e-mail address or a path, and not a
    /// domain name. Returns its end, or -1.
    /// </summary>
    private static int ReadName(string text, int start, bool allowDash)
    {
        var end = start;
        while (end < text.Length && IsNameChar(text[end], allowDash))
        {
            end++;
        }

        while (end > start && text[end - 1] is '.' or '-')
        {
            end--;
        }

        var name = text.AsSpan(start, end - start);
        if (name.Length is < MinNameLength or > MaxNameLength || name[0] is '.' or '-'
            || (!name.ContainsAnyInRange('a', 'z') && !name.ContainsAnyInRange('A', 'Z')))
        {
            return -1;
        }

        if (end < text.Length && text[end] is '@' or '/' or ':')
        {
            return -1;
        }

        var lastDot = name.LastIndexOf('.');
        return lastDot >= 0 && TopLevelDomains.IsKnown(name[(lastDot + 1)..]) ? -1 : end;
    }

    /// <summary>What separates a platform label from the name: "tg: name", "tg - name", "tg @name", "kik → name".</summary>
    private static bool IsDelimiter(char c) =>
        c is ':' or '-' or '=' or '>' or '@' or '\u2013' or '\u2014' or '\u2192' or '\u27A1' or '\uFF1A';

    private static bool IsNameChar(char c, bool allowDash) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '.' || (allowDash && c == '-');
}
