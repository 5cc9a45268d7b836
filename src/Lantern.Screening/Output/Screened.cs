using Lantern.Screening.Ads;
using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;

namespace Lantern.Screening.Output;

/// <summary>
/// What the engine keeps of one ad between screening it and writing it out: its own findings
/// already serialized, its contacts and facts packed, and what linking and the network report
/// need. A struct whose variable parts all sit in per-worker arenas (<see cref="AdPacker"/>):
/// a million waiting ads are a few large arrays the collector never copies, instead of a dozen
/// small objects each that every young-generation collection would copy.
/// </summary>
internal struct Screened
{
    /// <summary>The id (UTF-8), the own indicator objects (comma-separated JSON), the entities and extra fields (JSON members), then the packed details.</summary>
    public required ReadOnlyMemory<byte> Bytes { get; init; }

    public required int IdEnd { get; init; }

    public required int IndicatorsEnd { get; init; }

    public required int JsonEnd { get; init; }

    /// <summary>
    /// The contact keys, the picture hashes, then the fact keys (<see cref="ContactKey.Tagged"/> by
    /// fact kind), each in the order of the packed details: enough to find shared contacts and
    /// disagreeing facts without unpacking anything.
    /// </summary>
    public required ReadOnlyMemory<ulong> Keys { get; init; }

    public required int ContactCount { get; init; }

    public required int ImageCount { get; init; }

    /// <summary>Dropped once linking is done.</summary>
    public required ReadOnlyMemory<uint> Shingles { get; set; }

    public required AdKind Kind { get; init; }

    public required IndicatorSet Indicators { get; set; }

    /// <summary>Shared among the ads of a platform (see <see cref="Input.AdBuilder"/>), so it costs one object per platform.</summary>
    public required string? Platform { get; init; }

    public required DateTimeOffset? PostedAt { get; init; }

    public double Risk { get; set; }

    public int Cluster { get; set; }

    public readonly ReadOnlySpan<byte> Id => Bytes.Span[..IdEnd];

    public readonly ReadOnlySpan<byte> IndicatorJson => Bytes.Span[IdEnd..IndicatorsEnd];

    /// <summary>The members after the indicators: <c>"entities":[...]</c> and, when present, <c>"extra":{...}</c>.</summary>
    public readonly ReadOnlySpan<byte> RestJson => Bytes.Span[IndicatorsEnd..JsonEnd];

    public readonly ReadOnlySpan<byte> Details => Bytes.Span[JsonEnd..];

    public readonly ReadOnlySpan<ulong> ContactKeys => Keys.Span[..ContactCount];

    public readonly ReadOnlySpan<ulong> Images => Keys.Span.Slice(ContactCount, ImageCount);

    public readonly ReadOnlySpan<ulong> FactKeys => Keys.Span[(ContactCount + ImageCount)..];

    public readonly LinkKeys LinkKeys => new(Keys[..ContactCount], Keys.Slice(ContactCount, ImageCount), Shingles);
}
