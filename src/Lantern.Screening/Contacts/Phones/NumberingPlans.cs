namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// The countries whose national phone numbers are recognised. Each row is data: adding a country
/// is adding a row. Patterns follow each country's national numbering plan as published by its
/// regulator (summarised in ITU-T E.164 national plan notifications); they are kept coarse on
/// purpose: they must tell a phone number from a price or a date, not route calls.
/// </summary>
internal static class NumberingPlans
{
    public static readonly NumberingPlan[] All =
    [
        // North American Numbering Plan: area code and exchange start with 2-9, and no area code
        // has 9 in the middle (reserved for expansion). The leading 1 is optional at home.
        new("US", "1", "1", "N[0-8]xN/10", trunkPrefixOptional: true),
        new("CA", "1", "1", "N[0-8]xN/10", trunkPrefixOptional: true),

        // United Kingdom: ten digits after the 0, except some 01 areas and 0800 numbers with nine.
        new("GB", "44", "0", "1/9-10 2/10 3/10 5[56]/10 7/10 8/9-10 9/10"),

        // Italy has no trunk prefix: the 0 of fixed lines is part of the number, also after +39.
        // Mobiles start with 3; 8 is freephone and premium.
        new("IT", "39", null, "0/6-11 3/9-10 8/6-10"),

        // Greece: no trunk prefix, always ten digits. 2 fixed, 69 mobile, 800/801 shared cost, 90 premium.
        new("GR", "30", null, "2/10 69/10 80[01]/10 90/10"),

        // Indonesia: 0 trunk prefix. Mobiles 08xx with 9 to 12 digits after the 0; fixed lines an
        // area code (21 Jakarta, 274 Yogyakarta, ...) and the subscriber.
        new("ID", "62", "0", "[2-79]/8-11 8/9-12"),

        // Germany: 0 trunk prefix. Mobiles 015x/016x/017x; fixed lines have area codes and
        // subscriber numbers of varying length, 6 to 11 digits together.
        new("DE", "49", "0", "1[5-7]/10-11 [2-9]/6-11"),

        // France: 0 trunk prefix and nine digits after it (1-5 fixed, 6-7 mobile, 8 special, 9 VoIP).
        new("FR", "33", "0", "[1-9]/9"),

        // Spain: no trunk prefix, nine digits: 6 and 7 mobile, 8 and 9 fixed.
        new("ES", "34", null, "[6-9]/9"),

        // Netherlands: 0 trunk prefix and nine digits (6 mobile), except 0800/0900/0906/0909
        // service numbers with four or seven digits after the prefix.
        new("NL", "31", "0", "[1-7]/9 8[4-8]/9 91/9 [89]0[069]/7-10"),
    ];

    /// <summary>The plan for an ISO 3166-1 alpha-2 region, or null when it has none here.</summary>
    public static NumberingPlan? Find(string? region)
    {
        // Asked once per ad: two characters compared without a culture or a case-folding call.
        if (region is not { Length: 2 })
        {
            return null;
        }

        var (first, second) = (char.ToUpperInvariant(region[0]), char.ToUpperInvariant(region[1]));
        foreach (var plan in All)
        {
            if (plan.Region[0] == first && plan.Region[1] == second)
            {
                return plan;
            }
        }

        return null;
    }
}
