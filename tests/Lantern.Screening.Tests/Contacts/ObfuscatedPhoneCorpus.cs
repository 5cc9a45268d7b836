using System.Text;

namespace Lantern.Screening.Tests.Contacts;

/// <summary>
/// Generates ads with one phone number written in a random obfuscation, and ads with only
/// decoys (prices, ages, dates, times, measurements, postcodes, 24/7, order numbers). The
/// numbers follow the countries' real number ranges as written here, independently of the
/// extractor's own plan table, so the test checks the table as well as the scanner.
/// </summary>
internal sealed class ObfuscatedPhoneCorpus(int seed)
{
    public static readonly string[] Regions = ["GB", "US", "CA", "IT", "GR", "ID", "DE", "FR", "ES", "NL"];

    private static readonly string[] DigitNames = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] NumberTemplates =
    [
        "{0}", "Call me {0}", "☎️ {0} ☎️", "WhatsApp: {0}", "new in town, sweet girl. {0}. incall/outcall",
        "Tel.{0}", "Ring {0} xx", "Book now: {0}!", "Age 23, 165 cm. {0}", "Prices from €150. Call {0} 24/7",
        "Text me on {0} (no withheld numbers)", "{0} - ask for Anna", "Available 10:00-22:00 on {0}",
    ];

    private readonly Random random = new(seed);

    public enum Style
    {
        Plain,
        SpacedDigits,
        DigitWords,
        SomeDigitWords,
        Keycaps,
        Fullwidth,
        LettersForDigits,
        MathDigits,
        ZeroWidth,
        Circled,
        Mixed,
    }

    public sealed record NumberAd(string Text, string Region, string E164, string Written, Style Style);

    public NumberAd NextNumber()
    {
        var (region, countryCode, dropsTrunkZero, national) = NextNationalNumber();
        var significant = dropsTrunkZero ? national[1..] : national;
        var e164 = "+" + countryCode + significant;

        // Half national, the rest international in its usual forms.
        var international = random.Next(4);
        string prefix;
        string digits;
        if (random.Next(2) == 0)
        {
            prefix = countryCode == "1" && random.Next(4) == 0 ? "1-" : "";
            digits = national;
        }
        else
        {
            prefix = international switch
            {
                0 => "+" + countryCode + " ",
                1 => "00" + countryCode + " ",
                2 => countryCode + " ",
                _ => "+" + countryCode + " ",
            };
            digits = significant;
            if (international == 3 && dropsTrunkZero)
            {
                prefix += "(0)";
            }
        }

        var style = (Style)random.Next(Enum.GetValues<Style>().Length);
        var written = Obfuscate(prefix, Group(digits, region), style);
        var text = string.Format(null, NumberTemplates[random.Next(NumberTemplates.Length)], written);
        return new NumberAd(text, region, e164, written, style);
    }

    public (string Text, string Region) NextDecoy()
    {
        var region = Regions[random.Next(Regions.Length)];
        var count = 1 + random.Next(3);
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = Decoy();
        }

        var joined = string.Join(Pick(", ", " ", " - ", ". "), parts);
        return (random.Next(3) switch
        {
            0 => $"Sweet girl {joined} kisses",
            1 => $"Rates: {joined}. No rush.",
            _ => joined,
        }, region);
    }

    private (string Region, string CountryCode, bool DropsTrunkZero, string National) NextNationalNumber()
    {
        var region = Regions[random.Next(Regions.Length)];
        return region switch
        {
            "GB" => (region, "44", true, Pick(
                () => "07" + Digits(1, 1) + Digits(8),
                () => "020" + Pick("3", "7", "8") + Digits(7),
                () => "0161" + Digits(7))),
            "US" => (region, "1", false, Pick("212", "415", "312", "713", "305", "702", "404", "617", "206", "512") + Exchange() + Digits(4)),
            "CA" => (region, "1", false, Pick("416", "604", "514", "403", "613") + Exchange() + Digits(4)),
            "IT" => (region, "39", false, Pick(
                () => "3" + Digits(1, 2) + Digits(8),
                () => Pick("06", "02") + Digits(8))),
            "GR" => (region, "30", false, Pick(
                () => "69" + Digits(8),
                () => "21" + Digits(8))),
            "ID" => (region, "62", true, Pick(
                () => "081" + Digits(1, 1) + Digits(8),
                () => "021" + Digits(8))),
            "DE" => (region, "49", true, Pick(
                () => "015" + Digits(1, 1) + Digits(8),
                () => "017" + Digits(1) + Digits(7),
                () => Pick("030", "089") + Digits(1, 1) + Digits(6 + random.Next(2)))),
            "FR" => (region, "33", true, Pick("01", "06", "07") + Digits(8)),
            "ES" => (region, "34", false, Pick(
                () => "6" + Digits(8),
                () => "91" + Digits(7))),
            _ => (region, "31", true, Pick(
                () => "06" + Pick("1", "2", "3", "4", "5") + Digits(7),
                () => "020" + Digits(7))),
        };
    }

    /// <summary>Splits digits the way people do: whole, or in groups of two to four.</summary>
    private List<string> Group(string digits, string region)
    {
        if (random.Next(5) == 0)
        {
            return [digits];
        }

        var groups = new List<string>();
        var at = 0;
        var pairs = region == "FR" && random.Next(2) == 0;
        while (at < digits.Length)
        {
            var size = Math.Min(digits.Length - at, pairs ? 2 : 2 + random.Next(3));
            if (digits.Length - at - size == 1)
            {
                size++;
            }

            groups.Add(digits.Substring(at, size));
            at += size;
        }

        return groups;
    }

    private string Obfuscate(string prefix, List<string> groups, Style style)
    {
        var separator = Pick(" ", " ", "-", ".", "/", " - ");
        if (style is Style.SpacedDigits or Style.DigitWords)
        {
            separator = style == Style.DigitWords ? Pick(" ", "-") : " ";
            groups = [.. string.Concat(groups).Select(c => c.ToString())];
        }

        var bracketFirst = prefix.Length == 0 && groups.Count > 2 && random.Next(6) == 0;
        var written = new StringBuilder(prefix);
        for (var g = 0; g < groups.Count; g++)
        {
            if (g > 0)
            {
                written.Append(bracketFirst && g == 1 ? ") " : separator);
            }
            else if (bracketFirst)
            {
                written.Append('(');
            }

            var group = groups[g];
            for (var i = 0; i < group.Length; i++)
            {
                var digit = group[i] - '0';
                var previousIsRealDigit = i > 0 && style == Style.LettersForDigits && char.IsAsciiDigit(written[^1]);
                written.Append(style switch
                {
                    Style.DigitWords => DigitNames[digit],
                    Style.SomeDigitWords when random.Next(3) == 0 => DigitNames[digit],
                    Style.Keycaps => group[i] + "\uFE0F\u20E3",
                    Style.Fullwidth => ((char)('\uFF10' + digit)).ToString(),
                    Style.LettersForDigits when previousIsRealDigit && digit == 0 && random.Next(2) == 0 => Pick("O", "o"),
                    Style.LettersForDigits when previousIsRealDigit && digit == 1 && random.Next(2) == 0 => Pick("l", "I"),
                    Style.MathDigits => char.ConvertFromUtf32(0x1D7CE + digit),
                    Style.ZeroWidth when i > 0 => "\u200B" + group[i],
                    Style.Circled => Circled(digit),
                    Style.Mixed => random.Next(5) switch
                    {
                        0 => DigitNames[digit],
                        1 => group[i] + "\uFE0F\u20E3",
                        2 => ((char)('\uFF10' + digit)).ToString(),
                        3 => Circled(digit),
                        _ => group[i].ToString(),
                    },
                    _ => group[i].ToString(),
                });
            }
        }

        return written.ToString();
    }

    private static string Circled(int digit) => digit == 0 ? "\u24EA" : ((char)('\u2460' + digit - 1)).ToString();

    private string Decoy()
    {
        var day = 1 + random.Next(28);
        var month = 1 + random.Next(12);
        var year = 1990 + random.Next(36);
        var hour = random.Next(24);
        var minute = random.Next(60);
        return random.Next(26) switch
        {
            0 => $"${50 + random.Next(1950)}",
            1 => $"{50 + random.Next(950)} EUR",
            2 => $"€{1 + random.Next(9)}.{random.Next(1000):000}",
            3 => $"{1 + random.Next(9)},{random.Next(1000):000}/month",
            4 => $"Rp {100 + random.Next(900)}.000",
            5 => $"£{50 + random.Next(450)} per hour",
            6 => $"{18 + random.Next(22)} years old",
            7 => $"age {18 + random.Next(22)}",
            8 => $"{18 + random.Next(22)}yo",
            9 => $"{year}-{month:00}-{day:00}",
            10 => $"{day:00}/{month:00}/{year}",
            11 => $"{day}.{month}.{year}",
            12 => $"{day:00}.{month:00}.{year % 100:00}",
            13 => $"{hour:00}:{minute:00}",
            14 => $"{1 + random.Next(12)}.{minute:00}pm",
            15 => $"{hour:00}:00-{(hour + 8) % 24:00}:00",
            16 => $"{150 + random.Next(40)} cm",
            17 => $"{30 + random.Next(10)}-{20 + random.Next(10)}-{30 + random.Next(10)}",
            18 => $"5'{1 + random.Next(11)}",
            19 => $"{45 + random.Next(35)} kg",
            20 => Pick($"{10000 + random.Next(90000)} Berlin", $"75{random.Next(20) + 1:000} Paris", $"SW{1 + random.Next(9)}A {random.Next(10)}AA"),
            21 => Pick("24/7", $"{random.Next(101)}%", $"since {year}", $"in {year}"),
            22 => $"Order #{random.NextInt64(100_000, 10_000_000_000)}",
            23 => string.Join(' ', Enumerable.Range(0, 3 + random.Next(4)).Select(i => 50 * (2 + random.Next(20)))),
            24 => string.Join(' ', Enumerable.Range(1 + random.Next(3), 6 + random.Next(6))),
            _ => $"ref {random.NextInt64(100_000, 10_000_000_000)}",
        };
    }

    private string Exchange() => Digits(1, 2) + Digits(2);

    /// <summary><paramref name="count"/> random digits, the first at least <paramref name="lowest"/>.</summary>
    private string Digits(int count, int lowest = 0)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + (i == 0 ? lowest + random.Next(10 - lowest) : random.Next(10)));
        }

        return new string(digits);
    }

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];

    private string Pick(params Func<string>[] choices) => choices[random.Next(choices.Length)]();
}
