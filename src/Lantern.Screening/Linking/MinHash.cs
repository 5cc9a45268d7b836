using System.Runtime.Intrinsics;

namespace Lantern.Screening.Linking;

/// <summary>
/// MinHash signatures: for each of <see cref="Size"/> hash functions, the least hash over an ad's
/// shingles. The share of equal positions in two signatures estimates the Jaccard similarity of
/// the two sets. The functions multiply a scrambled shingle by fixed odd constants, so
/// signatures are the same on every run and machine.
/// </summary>
public static class MinHash
{
    public const int Size = 32;
    public const int Bands = 8;
    public const int RowsPerBand = Size / Bands;

    private static readonly Vector256<uint>[] Multipliers = MakeMultipliers();

    /// <summary>
    /// Each shingle is scrambled once, then hashed 32 ways by multiplying with odd constants,
    /// eight lanes at a time: a few vector instructions per shingle instead of 32 scalar hashes.
    /// </summary>
    public static void Sign(ReadOnlySpan<uint> shingles, Span<uint> signature)
    {
        Span<Vector256<uint>> minimum = stackalloc Vector256<uint>[Size / 8];
        minimum.Fill(Vector256.Create(uint.MaxValue));
        foreach (var shingle in shingles)
        {
            var x = Vector256.Create(Scramble(shingle));
            for (var v = 0; v < minimum.Length; v++)
            {
                minimum[v] = Vector256.Min(minimum[v], x * Multipliers[v]);
            }
        }

        for (var v = 0; v < minimum.Length; v++)
        {
            minimum[v].CopyTo(signature[(v * 8)..]);
        }
    }

    /// <summary>The 32-bit finaliser of MurmurHash3, offset so that 0 does not map to 0.</summary>
    private static uint Scramble(uint value)
    {
        var x = value ^ 0x9E3779B9u;
        x ^= x >> 16;
        x *= 0x85EBCA6Bu;
        x ^= x >> 13;
        x *= 0xC2B2AE35u;
        return x ^ (x >> 16);
    }

    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < Size; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return (double)equal / Size;
    }

    public static ulong BandKey(ReadOnlySpan<uint> signature, int band)
    {
        var key = 14695981039346656037UL ^ (ulong)band;
        foreach (var value in signature.Slice(band * RowsPerBand, RowsPerBand))
        {
            key = (key ^ value) * 1099511628211UL;
        }

        return key;
    }

    private static Vector256<uint>[] MakeMultipliers()
    {
        // SplitMix64 from a fixed seed: well-spread odd constants without a random source.
        var state = 0x5EED_1A7E_2026UL;
        var multipliers = new uint[Size];
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            multipliers[i] = (uint)(z ^ (z >> 31)) | 1;
        }

        return [.. Enumerable.Range(0, Size / 8).Select(v => Vector256.Create(multipliers, v * 8))];
    }
}
