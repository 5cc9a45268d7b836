namespace Lantern.Screening.Ads;

/// <summary>One online ad or message as it comes in, the single input record of the engine.</summary>
/// <param name="Text">
/// The words screened: the input's <c>text</c>, or its <c>title</c> and <c>body</c>/<c>description</c>
/// joined by a line break. Every evidence offset points into this string.
/// </param>
/// <param name="Country">ISO 3166-1 alpha-2 region for national-format phone numbers.</param>
/// <param name="Kind">The kind the input declares; null when the engine should infer it.</param>
/// <param name="ImageHashes">64-bit perceptual hashes of the ad's pictures.</param>
/// <param name="Extra">Every other input field as a UTF-8 JSON object, passed through untouched; empty when none.</param>
public sealed record Ad(
    string Id,
    string Text,
    string? Platform,
    string? Url,
    DateTimeOffset? PostedAt,
    string? Location,
    string? Country,
    AdKind? Kind,
    ulong[] ImageHashes,
    ReadOnlyMemory<byte> Extra)
{
    public static Ad Of(string id, string text, AdKind? kind = null, string? country = null) =>
        new(id, text, null, null, null, null, country, kind, [], ReadOnlyMemory<byte>.Empty);
}
