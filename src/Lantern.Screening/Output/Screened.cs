using Lantern.Screening.Ads;
using Lantern.Screening.Contacts;
using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;
using Lantern.Screening.Text;

namespace Lantern.Screening.Output;

/// <summary>
/// What the engine keeps of one ad between screening it and writing it out: its own findings
/// already serialized (compact, and cheap for the collector across millions of ads), plus what
/// linking and the network report need.
/// </summary>
internal sealed class Screened
{
    public required string Id { get; init; }

    public required AdKind Kind { get; init; }

    /// <summary>The ad's own indicator objects as JSON, comma-separated, then its entities and extra fields.</summary>
    public required ReadOnlyMemory<byte> Json { get; init; }

    /// <summary>Where the indicator objects end in <see cref="Json"/>.</summary>
    public required int IndicatorBytes { get; init; }

    public required IndicatorSet Indicators { get; set; }

    public required Entity[] Entities { get; init; }

    public required ulong[] Images { get; init; }

    public required Fact[] Facts { get; init; }

    public required string? Platform { get; init; }

    public required DateTimeOffset? PostedAt { get; init; }

    /// <summary>Dropped once linking is done.</summary>
    public ReadOnlyMemory<uint> Shingles { get; set; }

    public double Risk { get; set; }

    public int Cluster { get; set; }

    /// <summary>The contacts as linking compares them, made when the ad is screened (in parallel) rather than at linking.</summary>
    public required ContactKey[] Contacts { get; init; }

    public LinkKeys Keys => new(Contacts, Images, Shingles);
}
