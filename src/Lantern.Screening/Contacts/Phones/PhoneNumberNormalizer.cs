namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// Turns the digits of a written number into E.164 (+, country code, national significant
/// number), or decides that they are not a phone number.
/// </summary>
internal static class PhoneNumberNormalizer
{
    /// <summary>'+' and at most 15 digits.</summary>
    public const int MaxLength = 16;

    /// <summary>Fewer digits than this are never taken for a phone number.</summary>
    public const int MinDigits = 7;

    /// <summary>
    /// An international number for a country without a plan here is taken on trust when its
    /// length fits E.164; ones for a country with a plan must satisfy it.
    /// </summary>
    private const int MinUnplannedDigits = 8;

    /// <summary>
    /// A country code written without + or 00 is accepted only on numbers this long, so that
    /// short order numbers and the like that happen to start with "33" or "39" stay numbers.
    /// </summary>
    private const int MinDigitsWithoutPlus = 10;

    /// <summary>
    /// Writes the E.164 form of <paramref name="digits"/> into <paramref name="e164"/> and returns
    /// its length, or 0 when the digits are not a valid number.
    /// </summary>
    /// <param name="digits">The digits as written, each 0–9.</param>
    /// <param name="writtenWithPlus">Whether a + came before them.</param>
    /// <param name="region">
    /// The plan for national numbers, or null: then a national number is accepted only when
    /// exactly one country's plan accepts it.
    /// </param>
    public static int Normalize(ReadOnlySpan<byte> digits, bool writtenWithPlus, NumberingPlan? region, Span<char> e164)
    {
        if (writtenWithPlus)
        {
            return International(digits, explicitlyInternational: true, e164);
        }

        if (digits.Length > 2 && digits[0] == 0 && digits[1] == 0)
        {
            return International(digits[2..], explicitlyInternational: true, e164);
        }

        var length = region is null ? UnambiguousNational(digits, e164) : National(region, digits, e164);
        return length > 0 || digits.Length < MinDigitsWithoutPlus
            ? length
            : International(digits, explicitlyInternational: false, e164);
    }

    private static int National(NumberingPlan plan, ReadOnlySpan<byte> digits, Span<char> e164)
    {
        var number = plan.FromNational(digits);
        return number.IsEmpty ? 0 : Write(plan.CountryCodeDigits, number, e164);
    }

    private static int UnambiguousNational(ReadOnlySpan<byte> digits, Span<char> e164)
    {
        NumberingPlan? match = null;
        foreach (var plan in NumberingPlans.All)
        {
            if (plan.FromNational(digits).IsEmpty)
            {
                continue;
            }

            // The United States and Canada share a code: one number, not two readings.
            if (match is not null && match.CountryCode != plan.CountryCode)
            {
                return 0;
            }

            match = plan;
        }

        return match is null ? 0 : National(match, digits, e164);
    }

    private static int International(ReadOnlySpan<byte> digits, bool explicitlyInternational, Span<char> e164)
    {
        var planned = false;
        foreach (var plan in NumberingPlans.All)
        {
            if (!digits.StartsWith(plan.CountryCodeDigits))
            {
                continue;
            }

            planned = true;
            var number = plan.FromInternational(digits[plan.CountryCodeDigits.Length..]);
            if (!number.IsEmpty)
            {
                return Write(plan.CountryCodeDigits, number, e164);
            }
        }

        if (planned || !explicitlyInternational)
        {
            return 0;
        }

        var codeLength = CountryCallingCodes.LengthAt(digits);
        return codeLength > 0 && digits.Length >= MinUnplannedDigits && digits.Length <= MaxLength - 1
            ? Write(digits[..codeLength], digits[codeLength..], e164)
            : 0;
    }

    private static int Write(ReadOnlySpan<byte> countryCode, ReadOnlySpan<byte> number, Span<char> e164)
    {
        e164[0] = '+';
        var at = 1;
        foreach (var digit in countryCode)
        {
            e164[at++] = (char)('0' + digit);
        }

        foreach (var digit in number)
        {
            e164[at++] = (char)('0' + digit);
        }

        return at;
    }
}
