namespace Lantern.Screening.Linking;

/// <summary>
/// In how many ads each shingle appears, counted in a fixed table indexed by the shingle hash.
/// Collisions can only raise a count, so a rare shingle is at worst mistaken for boilerplate when
/// it shares a slot with near-boilerplate. The table has a slot per shingle occurrence up to 2^20
/// slots (4 MB, which stays in the processor's cache; 2^24 slots made counting three times
/// slower). A million ads of about 40 shingles then put some 36 counts in an average slot
/// against a boilerplate threshold of 20,000, and a shingle mistaken for boilerplate is left out of
/// every ad alike, so two copies of one template still match.
/// </summary>
internal sealed class ShingleFrequency
{
    private const int MaxBits = 20;

    /// <summary>At most this many tables are counted into side by side, however many cores there are.</summary>
    private const int MaxParts = 4;
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

        // Each part of the ads counts into a table of its own, then the tables are added up: cores
        // incrementing one shared table would fight over its cache lines.
        var frequency = new ShingleFrequency(bits);
        var parts = Math.Clamp(Environment.ProcessorCount, 1, MaxParts);
        var tables = new int[parts][];
        Parallel.For(0, parts, part =>
        {
            var counts = part == 0 ? frequency.counts : new int[frequency.counts.Length];
            for (var ad = (int)((long)ads.Count * part / parts); ad < (int)((long)ads.Count * (part + 1) / parts); ad++)
            {
                foreach (var shingle in ads[ad].Shingles.Span)
                {
                    counts[frequency.Slot(shingle)]++;
                }
            }

            tables[part] = counts;
        });
        foreach (var table in tables.Skip(1))
        {
            for (var slot = 0; slot < table.Length; slot++)
            {
                frequency.counts[slot] += table[slot];
            }
        }

        return frequency;
    }
}
