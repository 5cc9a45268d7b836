namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// Which country calling codes are assigned (ITU-T E.164 list), so that an international number
/// from a country without a <see cref="NumberingPlan"/> here can still be split into code and
/// number. Codes are prefix-free: 1 and 7 have one digit, a fixed set two, the rest three.
/// </summary>
internal static class CountryCallingCodes
{
    private const string TwoDigitCodes =
        "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
        + "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98";

    private const string ThreeDigitCodes =
        "211-213 216 218 220-258 260-269 290 291 297-299 350-359 370-383 385-387 389 420 421 423 "
        + "500-509 590-599 670 672-683 685-692 800 808 850 852 853 855 856 870 878 880-883 886 888 "
        + "960-968 970-977 979 992-996 998";

    private static readonly bool[] TwoDigit = Table(TwoDigitCodes, 100);
    private static readonly bool[] ThreeDigit = Table(ThreeDigitCodes, 1000);

    /// <summary>The length of the assigned calling code that starts the number, or 0 if none does.</summary>
    public static int LengthAt(ReadOnlySpan<byte> number)
    {
        if (number.Length < 3 || number[0] == 0)
        {
            return 0;
        }

        if (number[0] is 1 or 7)
        {
            return 1;
        }

        var two = number[0] * 10 + number[1];
        if (TwoDigit[two])
        {
            return 2;
        }

        return ThreeDigit[two * 10 + number[2]] ? 3 : 0;
    }

    private static bool[] Table(string codes, int size)
    {
        var table = new bool[size];
        foreach (var item in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var range = item.Split('-');
            var from = int.Parse(range[0]);
            var to = range.Length == 2 ? int.Parse(range[1]) : from;
            for (var code = from; code <= to; code++)
            {
                table[code] = true;
            }
        }

        return table;
    }
}
