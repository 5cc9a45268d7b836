namespace Lantern.Screening.Linking;

/// <param name="ImageDistance">Most bits two 64-bit picture hashes may differ in and still be the same picture.</param>
/// <param name="TextSimilarity">Least estimated Jaccard similarity of two ads' masked word triples to call them one template.</param>
/// <param name="BoilerplateShare">A word triple found in more than this share of all ads is market boilerplate and ignored...</param>
/// <param name="BoilerplateMinAds">...provided it is also found in at least this many ads, so small corpora keep their templates.</param>
/// <param name="MinDistinctiveShingles">Ads with fewer triples left after removing boilerplate are not linked by text at all.</param>
public sealed record LinkingOptions(
    int ImageDistance = 3,
    double TextSimilarity = 0.6,
    double BoilerplateShare = 0.02,
    int BoilerplateMinAds = 20,
    int MinDistinctiveShingles = 6)
{
    public static LinkingOptions Default { get; } = new();
}
