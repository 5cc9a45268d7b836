using System.Globalization;
using System.Text;

namespace Lantern.Screening.Synthetic;

/// <summary>
/// Valid-looking mobile numbers for the regions the extractor knows, and the many ways people
/// write them in ads to dodge filters: spaced digits, dots, words for digits, "O" for zero.
/// </summary>
internal static class SyntheticPhones
{
    /// <summary>Region, country code, national trunk prefix, mobile prefix and digits after it.</summary>
    private static readonly (string Region, string CountryCode, string Trunk, string[] Prefixes, int Digits)[] Plans =
    [
        ("GB", "44", "0", ["71", "74", "75", "77", "78", "79"], 8),
        ("US", "1", "", ["212", "305", "415", "702", "713", "917"], 7),
        ("IT", "39", "", ["320", "333", "347", "380", "393"], 7),
        ("GR", "30", "", ["690", "693", "694", "697", "698", "699"], 7),
        ("DE", "49", "0", ["151", "160", "170", "176"], 8),
        ("FR", "33", "0", ["6", "7"], 8),
        ("ES", "34", "", ["6", "7"], 8),
        ("NL", "31", "0", ["6"], 8),
        ("ID", "62", "0", ["812", "813", "821", "852"], 8),
    ];

    private static readonly string[] DigitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public static IReadOnlyList<string> Regions { get; } = [.. Plans.Select(p => p.Region)];

    /// <summary>A new number: its region, E.164 form and national digits.</summary>
    public static (string Region, string E164, string National) Next(Random random)
    {
        var plan = Plans[random.Next(Plans.Length)];
        var subscriber = new StringBuilder(plan.Prefixes[random.Next(plan.Prefixes.Length)]);
        for (var i = 0; i < plan.Digits; i++)
        {
            // NANP exchanges cannot start with 0 or 1.
            subscriber.Append(plan.Region == "US" && i == 0 ? (char)('2' + random.Next(8)) : (char)('0' + random.Next(10)));
        }

        return (plan.Region, $"+{plan.CountryCode}{subscriber}", plan.Trunk + subscriber);
    }

    /// <summary>Writes a number as an advertiser might; the region is given with the ad, so national forms are fair.</summary>
    public static string Written(string e164, string national, Random random) => random.Next(7) switch
    {
        0 => national,
        1 => e164,
        2 => Grouped(national, ' '),
        3 => Grouped(national, '.'),
        4 => string.Join(' ', national.ToCharArray()),
        5 => string.Concat(national.Select((c, i) => i % 3 == 1 ? " " + DigitWords[c - '0'] + " " : c.ToString())).Trim(),
        _ => national.Replace('0', 'O'),
    };

    private static string Grouped(string digits, char separator)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0 && digits.Length - i >= 3)
            {
                builder.Append(separator);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    public static string Hex(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture);
}
