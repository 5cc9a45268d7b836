using System.Runtime.CompilerServices;

namespace Lantern.Screening.Linking;

/// <summary>
/// A stable least-significant-digit radix sort of 64-bit keys that carry an item each: eight
/// passes of one byte, linear in the count. Linking sorts millions of hash keys per band; this is
/// several times faster than a comparison sort there, and being stable it keeps equal keys in the
/// order their items came in, which linking relies on.
/// </summary>
internal static class RadixSort
{
    private const int Digits = sizeof(ulong);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(ulong[] keys, int[] items)
    {
        if (keys.Length != items.Length)
        {
            throw new ArgumentException("every key needs exactly one item", nameof(items));
        }

        // All eight histograms in one read of the keys.
        var counts = new int[Digits * 256];
        foreach (var key in keys)
        {
            for (var digit = 0; digit < Digits; digit++)
            {
                counts[(digit * 256) + (int)((key >> (digit * 8)) & 0xFF)]++;
            }
        }

        var (fromKeys, fromItems) = (keys, items);
        var (toKeys, toItems) = (new ulong[keys.Length], new int[keys.Length]);
        for (var digit = 0; digit < Digits; digit++)
        {
            var count = counts.AsSpan(digit * 256, 256);
            if (count.Contains(keys.Length))
            {
                continue; // every key has the same byte here: the pass would not move anything
            }

            var next = 0;
            for (var value = 0; value < 256; value++)
            {
                (count[value], next) = (next, next + count[value]);
            }

            var shift = digit * 8;
            for (var i = 0; i < fromKeys.Length; i++)
            {
                var at = count[(int)((fromKeys[i] >> shift) & 0xFF)]++;
                toKeys[at] = fromKeys[i];
                toItems[at] = fromItems[i];
            }

            (fromKeys, toKeys) = (toKeys, fromKeys);
            (fromItems, toItems) = (toItems, fromItems);
        }

        if (fromKeys != keys)
        {
            fromKeys.CopyTo(keys, 0);
            fromItems.CopyTo(items, 0);
        }
    }
}
