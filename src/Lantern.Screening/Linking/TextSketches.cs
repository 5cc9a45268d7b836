namespace Lantern.Screening.Linking;

/// <summary>
/// MinHash signatures of every ad's distinctive shingles. Shingles that a large share of the
/// market uses ("new in town", "available 24/7", "send your cv") are counted first and left out,
/// so two posters who only share boilerplate are never joined.
/// </summary>
internal sealed class TextSketches
{
    private readonly uint[] signatures;

    private TextSketches(int count)
    {
        signatures = new uint[count * MinHash.Size];
    }

    /// <summary>The ads that have a signature: enough distinctive shingles to be compared by their words.</summary>
    public int[] Signed { get; private set; } = [];

    public ReadOnlySpan<uint> Of(int ad) => signatures.AsSpan(ad * MinHash.Size, MinHash.Size);

    public static TextSketches Sign(IReadOnlyList<LinkKeys> ads, LinkingOptions options)
    {
        var frequency = ShingleFrequency.Count(ads);
        var boilerplate = Math.Max(options.BoilerplateMinAds, options.BoilerplateShare * ads.Count);
        var sketches = new TextSketches(ads.Count);
        var signed = new bool[ads.Count];
        Parallel.For(0, ads.Count, () => new uint[Shingles.MaxPerAd], (ad, _, kept) =>
        {
            var count = 0;
            foreach (var shingle in ads[ad].Shingles.Span)
            {
                if (frequency.Of(shingle) < boilerplate)
                {
                    kept[count++] = shingle;
                }
            }

            if (count >= options.MinDistinctiveShingles)
            {
                MinHash.Sign(kept.AsSpan(0, count), sketches.signatures.AsSpan(ad * MinHash.Size, MinHash.Size));
                signed[ad] = true;
            }

            return kept;
        }, _ => { });
        sketches.Signed = [.. Enumerable.Range(0, ads.Count).Where(ad => signed[ad])];
        return sketches;
    }
}
