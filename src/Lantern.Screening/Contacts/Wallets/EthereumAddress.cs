using System.Buffers;

namespace Lantern.Screening.Contacts.Wallets;

/// <summary>
/// Ethereum addresses: 0x and 40 hex digits. In mixed case the capitals are the EIP-55 checksum
/// (a letter is upper case when the matching nibble of Keccak-256 of the lower-case address is 8
/// or more) and must agree; all lower or all upper case carries no checksum and is accepted as is.
/// </summary>
internal static class EthereumAddress
{
    public const int Length = 42;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool IsValid(ReadOnlySpan<char> address)
    {
        if (address.Length != Length || address[0] != '0' || address[1] is not ('x' or 'X'))
        {
            return false;
        }

        var hex = address[2..];
        if (hex.ContainsAnyExcept(HexDigits))
        {
            return false;
        }

        var hasLower = hex.ContainsAnyInRange('a', 'f');
        var hasUpper = hex.ContainsAnyInRange('A', 'F');
        return !(hasLower && hasUpper) || HasValidChecksum(hex);
    }

    private static bool HasValidChecksum(ReadOnlySpan<char> hex)
    {
        Span<byte> lower = stackalloc byte[hex.Length];
        for (var i = 0; i < hex.Length; i++)
        {
            lower[i] = (byte)char.ToLowerInvariant(hex[i]);
        }

        Span<byte> hash = stackalloc byte[Keccak256.HashLength];
        Keccak256.Hash(lower, hash);
        for (var i = 0; i < hex.Length; i++)
        {
            if (!char.IsAsciiLetter(hex[i]))
            {
                continue;
            }

            var nibble = i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2] & 0xF;
            if (char.IsAsciiLetterUpper(hex[i]) != nibble >= 8)
            {
                return false;
            }
        }

        return true;
    }
}
