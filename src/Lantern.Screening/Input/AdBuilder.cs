using System.Globalization;
using Lantern.Screening.Ads;

namespace Lantern.Screening.Input;

/// <summary>
/// Collects the known fields of one input record, from JSON or CSV alike, checks them and builds
/// the <see cref="Ad"/>. The first problem found is the record's rejection reason.
/// </summary>
internal sealed class AdBuilder(IReadOnlyList<string> textFields)
{
    private readonly string?[] textParts = new string?[textFields.Count];
    private string? id;
    private string? text;
    private string? title;
    private string? body;
    private string? platform;
    private string? url;
    private string? location;
    private string? country;
    private AdKind? kind;
    private DateTimeOffset? postedAt;
    private ulong[] images = [];

    public string? Problem { get; private set; }

    public static readonly string[] KnownFields = ["id", "text", "title", "body", "description", "platform", "url", "location", "country", "kind", "posted_at", "image_hashes"];

    public static bool IsKnown(string field) => Array.IndexOf(KnownFields, field) >= 0;

    /// <summary>Position of the field among the configured text fields, or -1.</summary>
    public int TextPartOf(string field)
    {
        for (var i = 0; i < textFields.Count; i++)
        {
            if (string.Equals(textFields[i], field, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public void SetTextPart(int index, string? value) => textParts[index] = value;

    public void Reset()
    {
        Array.Clear(textParts);
        id = text = title = body = platform = url = location = country = null;
        kind = null;
        postedAt = null;
        images = [];
        Problem = null;
    }

    /// <summary>
    /// Platform names are a handful of strings repeated across millions of ads: each builder (one
    /// per worker) keeps one copy of each, so the retained ads share them.
    /// </summary>
    private string Shared(string value)
    {
        if (platforms.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (platforms.Count < MaxSharedPlatforms)
        {
            platforms[value] = value;
        }

        return value;
    }

    private const int MaxSharedPlatforms = 1024;
    private readonly Dictionary<string, string> platforms = new(StringComparer.Ordinal);

    public void Fail(string problem) => Problem ??= problem;

    /// <summary>Sets a known field given as text; null means the field was JSON null or an empty CSV cell.</summary>
    public void Set(string field, string? value)
    {
        switch (field)
        {
            case "id": id = value; break;
            case "text": text = value; break;
            case "title": title = value; break;
            case "body": body ??= value; break;
            case "description": body ??= value; break;
            case "platform": platform = value is null ? null : Shared(value); break;
            case "url": url = value; break;
            case "location": location = value; break;
            case "country": SetCountry(value); break;
            case "kind": SetKind(value); break;
            case "posted_at": SetPostedAt(value); break;
            case "image_hashes": SetImages(value); break;
        }
    }

    private void SetCountry(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (value.Length != 2 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            Fail($"country \"{Shorten(value)}\" is not a two-letter ISO 3166-1 code");
            return;
        }

        country = value.ToUpperInvariant();
    }

    private void SetKind(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (AdKinds.TryParse(value.Trim(), out var parsed))
        {
            kind = parsed;
        }
        else
        {
            Fail($"kind \"{Shorten(value)}\" is not one of job, service, profile, message");
        }
    }

    private void SetPostedAt(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            postedAt = parsed;
        }
        else
        {
            Fail($"posted_at \"{Shorten(value)}\" is not an ISO 8601 date and time");
        }
    }

    /// <summary>CSV cells list hashes separated by spaces, commas or semicolons.</summary>
    private void SetImages(string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            SetImages(value.Split([' ', ',', ';', '[', ']', '"'], StringSplitOptions.RemoveEmptyEntries));
        }
    }

    public void SetImages(IReadOnlyList<string> hashes)
    {
        var parsed = new ulong[hashes.Count];
        for (var i = 0; i < hashes.Count; i++)
        {
            if (hashes[i].Length != 16 || !ulong.TryParse(hashes[i], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out parsed[i]))
            {
                Fail($"image_hashes[{i}] \"{Shorten(hashes[i])}\" is not 16 hexadecimal digits");
                return;
            }
        }

        images = parsed;
    }

    public Ad? Build(ReadOnlyMemory<byte> extra)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Fail("missing id");
        }

        var words = textParts.Length > 0 ? string.Join('\n', textParts.Where(p => !string.IsNullOrWhiteSpace(p)))
            : !string.IsNullOrWhiteSpace(text) ? text
            : string.IsNullOrWhiteSpace(body) ? title
            : string.IsNullOrWhiteSpace(title) ? body
            : title + "\n" + body;
        if (string.IsNullOrWhiteSpace(words))
        {
            Fail(textParts.Length > 0 ? $"missing text (none of {string.Join(", ", textFields)})" : "missing text (give text, or title and body or description)");
        }

        return Problem is null ? new Ad(id!, words!, platform, url, postedAt, location, country, kind, images, extra) : null;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
