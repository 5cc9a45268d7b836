namespace Lantern.Screening.Linking;

/// <summary>
/// In how many ads each shingle appears, counted in a fixed table indexed by the shingle hash.
/// Collisions can only raise a count, so a rare shingle is at worst mistaken for boilerplate when
/// the table is crowded. With a slot per shingle occurrence (at most 2^24), a slot holds a handful of
/// unrelated counts at most, far below any boilerplate threshold.
/// </summary>
internal sealed class ShingleFrequency
{
    private const int MaxBits = 24;
    private readonly int[] counts;
    private readonly int shift;

    private ShingleFrequency(int bits)
    {
        counts = new int[1 << bits];
        shift = 32 - bits;
    }

    public int Of(uint shingle) => counts[Slot(shingle)];

    /// <summary>Fibonacci hashing: the top bits of the product spread similar hashes apart.</summary>
    private int Slot(uint shingle) => (int)((shingle * 0x9E3779B1u) >> shift);

    public static ShingleFrequency Count(IReadOnlyList<LinkKeys> ads)
    {
        long total = 0;
        foreach (var ad in ads)
        {
            total += ad.Shingles.Length;
        }

        var bits = 16;
        while (bits < MaxBits && (1L << bits) < total)
        {
            bits++;
        }

        var frequency = new ShingleFrequency(bits);
        Parallel.For(0, ads.Count, ad =>
        {
            foreach (var shingle in ads[ad].Shingles.Span)
            {
                Interlocked.Increment(ref frequency.counts[frequency.Slot(shingle)]);
            }
        });
        return frequency;
    }
}
