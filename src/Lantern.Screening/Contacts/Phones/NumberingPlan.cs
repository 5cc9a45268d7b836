namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// How one country's phone numbers are written: its country calling code, the trunk prefix
/// dialled before a number inside the country (0 in most of Europe, 1 in North America), and the
/// shapes its national significant numbers take.
/// </summary>
internal sealed class NumberingPlan
{
    private readonly NumberPattern[] numbers;
    private readonly byte[] countryCodeDigits;
    private readonly byte[] trunkPrefixDigits;
    private readonly bool trunkPrefixOptional;

    /// <param name="region">ISO 3166-1 alpha-2 code.</param>
    /// <param name="countryCode">The country calling code, e.g. "44".</param>
    /// <param name="trunkPrefix">Dialled before national numbers; null where there is none.</param>
    /// <param name="numbers">Space-separated <see cref="NumberPattern"/>s.</param>
    /// <param name="trunkPrefixOptional">Whether national numbers are also written without it.</param>
    public NumberingPlan(string region, string countryCode, string? trunkPrefix, string numbers, bool trunkPrefixOptional = false)
    {
        Region = region;
        CountryCode = countryCode;
        this.trunkPrefixOptional = trunkPrefixOptional;
        this.numbers = [.. numbers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NumberPattern.Parse)];
        countryCodeDigits = ToDigits(countryCode);
        trunkPrefixDigits = ToDigits(trunkPrefix ?? "");
    }

    public string Region { get; }

    public string CountryCode { get; }

    public ReadOnlySpan<byte> CountryCodeDigits => countryCodeDigits;

    /// <summary>Whether <paramref name="number"/> is a national significant number of this plan.</summary>
    public bool Accepts(ReadOnlySpan<byte> number)
    {
        foreach (var pattern in numbers)
        {
            if (pattern.Matches(number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The national significant number in digits dialled inside the country, or an empty span when
    /// they are not a valid national number.
    /// </summary>
    public ReadOnlySpan<byte> FromNational(ReadOnlySpan<byte> dialled)
    {
        if (trunkPrefixDigits.Length == 0)
        {
            return Accepts(dialled) ? dialled : default;
        }

        if (dialled.StartsWith(trunkPrefixDigits) && Accepts(dialled[trunkPrefixDigits.Length..]))
        {
            return dialled[trunkPrefixDigits.Length..];
        }

        return trunkPrefixOptional && Accepts(dialled) ? dialled : default;
    }

    /// <summary>
    /// The national significant number in what follows the country code, or an empty span. People
    /// often keep the trunk prefix after the country code ("+44 (0)20 ..."), so it is dropped when
    /// the number is not valid with it.
    /// </summary>
    public ReadOnlySpan<byte> FromInternational(ReadOnlySpan<byte> afterCountryCode)
    {
        if (Accepts(afterCountryCode))
        {
            return afterCountryCode;
        }

        if (trunkPrefixDigits.Length > 0 && afterCountryCode.StartsWith(trunkPrefixDigits)
            && Accepts(afterCountryCode[trunkPrefixDigits.Length..]))
        {
            return afterCountryCode[trunkPrefixDigits.Length..];
        }

        return default;
    }

    private static byte[] ToDigits(string digits) => [.. digits.Select(c => (byte)(c - '0'))];
}
