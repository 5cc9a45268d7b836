using System.Runtime.CompilerServices;
using Lantern.Screening.Text;

namespace Lantern.Screening.Contacts.Wallets;

/// <summary>
/// Cryptocurrency addresses that ads ask to be paid to: Bitcoin (legacy 1... and 3..., SegWit
/// bc1...), Ethereum (0x...) and TRON (T...). Each is accepted only when its checksum holds.
/// </summary>
internal static class WalletScanner
{
    private const byte BitcoinKeyHashVersion = 0x00;
    private const byte BitcoinScriptHashVersion = 0x05;
    private const byte TronVersion = 0x41;
    private const int TronLength = 34;

    /// <summary>Legacy Bitcoin addresses are 25 bytes, written in 26 to 35 base58 characters.</summary>
    private const int MinLegacyLength = 26;
    private const int MaxLegacyLength = 35;

    /// <summary>"bc1" and a witness program of 2 to 40 bytes with its checksum.</summary>
    private const int MinSegWitLength = 14;
    private const int MaxSegWitLength = 74;

    private enum Kind
    {
        None,
        CaseSensitive,
        CaseInsensitive,
    }

    /// <summary>Whether a word this long could be an address (most words are far shorter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayBe(int wordLength) => wordLength >= MinSegWitLength;

    /// <summary>Adds the address that is the word [<paramref name="start"/>, <paramref name="end"/>), if it is one.</summary>
    public static bool TryAdd(string text, int start, int end, List<Entity> found)
    {
        var word = text.AsSpan(start, end - start);
        var kind = Classify(word);
        if (kind == Kind.None)
        {
            return false;
        }

        // SegWit and Ethereum addresses are case-insensitive; base58 ones are not.
        string value;
        if (kind == Kind.CaseInsensitive)
        {
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            value = new string(lower);
        }
        else
        {
            value = word.ToString();
        }

        found.Add(new Entity(EntityType.Wallet, value, Evidence.Of(text, start, end)));
        return true;
    }

    private static Kind Classify(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        var valid = word[0] switch
        {
            '1' => length is >= MinLegacyLength and <= MaxLegacyLength && Base58Check.IsAddress(word, BitcoinKeyHashVersion),
            '3' => length is >= MinLegacyLength and <= MaxLegacyLength && Base58Check.IsAddress(word, BitcoinScriptHashVersion),
            'T' => length == TronLength && Base58Check.IsAddress(word, TronVersion),
            '0' => EthereumAddress.IsValid(word),
            'b' or 'B' => length <= MaxSegWitLength && Bech32.IsSegWitAddress(word),
            _ => false,
        };
        if (!valid)
        {
            return Kind.None;
        }

        return word[0] is '0' or 'b' or 'B' ? Kind.CaseInsensitive : Kind.CaseSensitive;
    }
}
