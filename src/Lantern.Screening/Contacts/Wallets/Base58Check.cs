using System.Security.Cryptography;

namespace Lantern.Screening.Contacts.Wallets;

/// <summary>
/// Base58Check, the encoding of legacy Bitcoin and TRON addresses: a version byte, a 20-byte
/// hash and the first four bytes of SHA-256(SHA-256(version and hash)), written in base 58
/// without 0, O, I and l. One changed character breaks the checksum, so random words do not pass.
/// </summary>
internal static class Base58Check
{
    /// <summary>Version byte, 20-byte hash, 4-byte checksum.</summary>
    public const int AddressLength = 25;

    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int ChecksumLength = 4;

    private static readonly sbyte[] Values = ValueTable();

    /// <summary>Whether <paramref name="encoded"/> is a valid 25-byte Base58Check address with the given version byte.</summary>
    public static bool IsAddress(ReadOnlySpan<char> encoded, byte version)
    {
        Span<byte> decoded = stackalloc byte[AddressLength];
        if (!TryDecode(encoded, decoded) || decoded[0] != version)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(decoded[..^ChecksumLength], hash);
        SHA256.HashData(hash, hash);
        return hash[..ChecksumLength].SequenceEqual(decoded[^ChecksumLength..]);
    }

    /// <summary>Decodes into exactly <paramref name="decoded"/>.Length bytes, big-endian.</summary>
    private static bool TryDecode(ReadOnlySpan<char> encoded, Span<byte> decoded)
    {
        decoded.Clear();
        foreach (var c in encoded)
        {
            var carry = c < Values.Length ? Values[c] : -1;
            if (carry < 0)
            {
                return false;
            }

            // decoded = decoded * 58 + digit, one byte at a time from the least significant.
            for (var i = decoded.Length - 1; i >= 0; i--)
            {
                carry += decoded[i] * 58;
                decoded[i] = (byte)carry;
                carry >>= 8;
            }

            if (carry != 0)
            {
                return false;
            }
        }

        // Each leading '1' stands for one leading zero byte, and only those do.
        var leadingOnes = encoded.IndexOfAnyExcept('1');
        var leadingZeros = decoded.IndexOfAnyExcept((byte)0);
        return (leadingOnes < 0 ? encoded.Length : leadingOnes) == (leadingZeros < 0 ? decoded.Length : leadingZeros);
    }

    private static sbyte[] ValueTable()
    {
        var values = new sbyte[128];
        values.AsSpan().Fill(-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
