using Lantern.Screening.Text;

namespace Lantern.Screening.Linking;

/// <summary>
/// Word triples of an ad as 32-bit hashes, the unit of near-duplicate text detection. Contacts,
/// numbers and capitalised words inside sentences (mostly names and places) are masked to one
/// placeholder, so a template re-posted with another phone, price or name still matches itself.
/// An ad's shingles are kept in text order and may repeat: MinHash ignores repeats, and a phrase
/// repeated within one ad barely moves its market-wide count, so the sort a set would need is saved.
/// </summary>
public static class Shingles
{
    public const int Width = 3;

    /// <summary>Long ads are sketched from their first shingles; near-duplicates share their openings.</summary>
    public const int MaxPerAd = 256;

    private const uint Masked = 0x9E3779B9;

    /// <param name="masked">Per token: true when it is part of a contact.</param>
    public static uint[] Of(IReadOnlyList<Token> tokens, ReadOnlySpan<bool> masked)
    {
        if (tokens.Count < Width)
        {
            return [];
        }

        Span<uint> hashes = stackalloc uint[Math.Min(tokens.Count - Width + 1, MaxPerAd)];
        var count = 0;
        for (var t = 0; t + Width <= tokens.Count && count < hashes.Length; t++)
        {
            uint a = WordHash(tokens[t], masked[t]), b = WordHash(tokens[t + 1], masked[t + 1]), c = WordHash(tokens[t + 2], masked[t + 2]);
            if (a == Masked && b == Masked && c == Masked)
            {
                continue;
            }

            hashes[count++] = Mix(Mix(Mix(2166136261u, a), b), c);
        }

        return hashes[..count].ToArray();
    }

    private static uint WordHash(Token token, bool inContact) =>
        inContact || token.Has(TokenShape.HasDigit) || (token.Has(TokenShape.Capitalized) && !token.Has(TokenShape.SentenceStart) && token.WordId < 0)
            ? Masked
            : token.Hash;

    private static uint Mix(uint hash, uint value)
    {
        hash ^= value;
        hash *= 0x85EBCA6B;
        return hash ^ (hash >> 13);
    }
}
