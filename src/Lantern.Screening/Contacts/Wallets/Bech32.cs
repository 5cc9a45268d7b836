namespace Lantern.Screening.Contacts.Wallets;

/// <summary>
/// Native SegWit Bitcoin addresses ("bc1..."), BIP-173 Bech32 for witness version 0 and BIP-350
/// Bech32m for versions 1 to 16 (Taproot is version 1). The six-character BCH checksum catches
/// any change of up to four characters.
/// </summary>
internal static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const string MainnetPrefix = "bc";
    private const int ChecksumLength = 6;
    private const int MaxLength = 90;
    private const uint Bech32Constant = 1;
    private const uint Bech32mConstant = 0x2bc830a3;

    /// <summary>The generator of the BCH code, one value per bit shifted out of the top.</summary>
    private static readonly uint[] Generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

    private static readonly sbyte[] Values = ValueTable();

    /// <summary>Whether <paramref name="address"/> is a valid mainnet SegWit address.</summary>
    public static bool IsSegWitAddress(ReadOnlySpan<char> address)
    {
        var separator = address.LastIndexOf('1');
        if (address.Length > MaxLength || separator != MainnetPrefix.Length
            || !address[..separator].Equals(MainnetPrefix, StringComparison.OrdinalIgnoreCase)
            || (address.ContainsAnyInRange('a', 'z') && address.ContainsAnyInRange('A', 'Z')))
        {
            return false;
        }

        var encoded = address[(separator + 1)..];
        if (encoded.Length < ChecksumLength + 1)
        {
            return false;
        }

        Span<byte> data = stackalloc byte[encoded.Length];
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = (char)(encoded[i] | 0x20);
            var value = c < Values.Length ? Values[c] : -1;
            if (value < 0)
            {
                return false;
            }

            data[i] = (byte)value;
        }

        var version = data[0];
        var expected = version == 0 ? Bech32Constant : Bech32mConstant;
        return version <= 16 && Checksum(data) == expected && IsWitnessProgram(version, data[1..^ChecksumLength]);
    }

    /// <summary>The BCH polynomial remainder over the expanded prefix "bc" and the data.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint checksum = 1;
        foreach (var c in MainnetPrefix)
        {
            checksum = Step(checksum, (byte)(c >> 5));
        }

        checksum = Step(checksum, 0);
        foreach (var c in MainnetPrefix)
        {
            checksum = Step(checksum, (byte)(c & 31));
        }

        foreach (var value in data)
        {
            checksum = Step(checksum, value);
        }

        return checksum;
    }

    private static uint Step(uint checksum, byte value)
    {
        var top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (var i = 0; i < Generator.Length; i++)
        {
            if ((top >> i & 1) != 0)
            {
                checksum ^= Generator[i];
            }
        }

        return checksum;
    }

    /// <summary>
    /// Regroups the 5-bit values into bytes: 2 to 40 of them, 20 or 32 for version 0, and the
    /// leftover bits (at most 4) all zero.
    /// </summary>
    private static bool IsWitnessProgram(byte version, ReadOnlySpan<byte> fiveBitValues)
    {
        var bits = fiveBitValues.Length * 5;
        var bytes = bits / 8;
        var leftover = bits % 8;
        if (bytes is < 2 or > 40 || (version == 0 && bytes is not (20 or 32)) || leftover > 4)
        {
            return false;
        }

        var lastBitsMask = (1 << leftover) - 1;
        return (fiveBitValues[^1] & lastBitsMask) == 0;
    }

    private static sbyte[] ValueTable()
    {
        var values = new sbyte[128];
        values.AsSpan().Fill(-1);
        for (var i = 0; i < Charset.Length; i++)
        {
            values[Charset[i]] = (sbyte)i;
        }

        return values;
    }
}
