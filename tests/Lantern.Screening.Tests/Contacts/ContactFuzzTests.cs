using System.Text;
using System.Text.RegularExpressions;
using Lantern.Screening.Contacts;
using Xunit.Abstractions;

namespace Lantern.Screening.Tests.Contacts;

/// <summary>
/// 20,000 random strings (fixed seed) built from the pieces contacts are made of and the pieces
/// that break naive code: digits of every kind, separators, digit words, keycaps, surrogate pairs
/// and unpaired surrogates, zero-width characters, and huge runs. Whatever comes in, extraction
/// must not throw, and what it reports must be true to the text.
/// </summary>
public sealed partial class ContactFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 7_300_421;
    private const int Count = 20_000;

    private static readonly string?[] Regions = [null, "GB", "US", "CA", "IT", "GR", "ID", "DE", "FR", "ES", "NL", "PL"];

    private static readonly string[] Pieces =
    [
        "0", "1", "7", "9", "00", "44", "+", "+44", "0044", " ", "  ", ".", "-", "/", "(", ")", "|", "_", "*", "~", ",", ":", "'",
        "O", "o", "l", "I", "x", "a", "at", "dot", " at ", " dot ", "(at)", "[dot]", "@", "@@", "#", "$", "€", "%",
        "zero", "seven", "nine", "double", "triple", "seveneight", "one", "two", "\n", "\t", "\u00A0", "\u200B", "\u00AD",
        "7\uFE0F\u20E3", "\uFE0F", "\u20E3", "\uFF10", "\uFF17", "\u2460", "\u24EA", "\u2776", "\u0663",
        "\uD835\uDFCE", "\uD835\uDFD5", "\uD835", "\uDFCE", "\uD83D\uDC8B", "\uD83D", "\uDC8B",
        "http://", "https://", "www.", ".com", ".co.uk", "example", "t.me/", "wa.me/", "0x", "bc1", "1A1zP1eP5Q", "T",
        "tg", "telegram:", "insta", "wickr me", "kik:", "years", "cm", "EUR", "am", "pm", "24/7", "2024-03-01",
    ];

    [Fact]
    public void Random_text_never_breaks_extraction_and_every_finding_is_true_to_the_text()
    {
        var random = new Random(Seed);
        var found = new List<Entity>();
        var counts = new int[Enum.GetValues<EntityType>().Length];
        for (var i = 0; i < Count; i++)
        {
            var text = RandomText(random);
            var region = Regions[random.Next(Regions.Length)];
            found.Clear();

            ContactExtractor.Extract(text, region, found);

            var previousStart = 0;
            foreach (var entity in found)
            {
                var (start, end, written) = (entity.Evidence.Start, entity.Evidence.End, entity.Evidence.Text);
                start.ShouldBeInRange(previousStart, text.Length, text);
                end.ShouldBeInRange(start + 1, text.Length, text);
                written.ShouldBe(text[start..end]);
                if (entity.Type == EntityType.Phone)
                {
                    E164().IsMatch(entity.Value).ShouldBeTrue($"{entity.Value} from '{written}'");
                }

                previousStart = start;
                counts[(int)entity.Type]++;
            }
        }

        // Not a vacuous pass: the pieces do add up to contacts now and then.
        output.WriteLine(string.Join(", ", Enum.GetValues<EntityType>().Select(t => $"{t} {counts[(int)t]}")));
        counts[(int)EntityType.Phone].ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("7", 200_000)]
    [InlineData("7 ", 100_000)]
    [InlineData("seven ", 50_000)]
    [InlineData("7\uFE0F\u20E3", 50_000)]
    [InlineData("O7", 50_000)]
    [InlineData("a", 200_000)]
    [InlineData("a.", 100_000)]
    [InlineData("@a", 100_000)]
    [InlineData("1 (", 100_000)]
    public void Huge_runs_are_read_without_error(string piece, int times)
    {
        var text = new StringBuilder().Insert(0, piece, times).ToString();

        Should.NotThrow(() => Extracted.All(text, "GB"));
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(50) == 0 ? 2_000 : random.Next(60);
        for (var p = 0; p < pieces; p++)
        {
            text.Append(random.Next(20) == 0 ? (char)random.Next(0x10000) : Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^\+[1-9]\d{6,14}$")]
    private static partial Regex E164();
}
