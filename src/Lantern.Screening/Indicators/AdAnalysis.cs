using Lantern.Screening.Ads;
using Lantern.Screening.Contacts;

namespace Lantern.Screening.Indicators;

/// <summary>What one ad shows on its own, before it is compared with any other ad.</summary>
/// <param name="Shingles">Hashes of its word triples, in text order, with contacts, numbers and names masked.</param>
public sealed record AdAnalysis(
    Ad Ad,
    AdKind Kind,
    IReadOnlyList<IndicatorHit> Indicators,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Fact> Facts,
    uint[] Shingles);
