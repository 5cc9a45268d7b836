using Lantern.Screening.Indicators;

namespace Lantern.Screening.Tests.Indicators;

public sealed class RuleBookTests
{
    [Fact]
    public void The_embedded_packs_load_with_english_and_every_text_indicator_has_phrases()
    {
        var book = RuleBook.Default;

        book.Languages.ShouldContain("en");
        book.PayThresholds.Keys.ShouldBe([Cue.PerHour, Cue.PerDay, Cue.PerWeek, Cue.PerMonth], ignoreOrder: true);
        book.MinDistinct(IndicatorCatalog.RomanticGrooming).ShouldBe(2);
    }

    [Fact]
    public void A_new_language_is_data_only()
    {
        const string italian = """
            { "language": "it",
              "indicators": { "job.travel_provided": { "phrases": ["biglietto pagato", "visto incluso"] } },
              "cues": { "kind.job": ["offerta di lavoro", "stipendio"] } }
            """;
        var book = RuleBook.FromPacks([("it.json", italian)]);
        var analysis = new AdAnalyzer(book).Analyze(Ads.Ad.Of("1", "Offerta di lavoro a Milano: stipendio alto, biglietto pagato e visto incluso."));

        analysis.Kind.ShouldBe(Ads.AdKind.Job);
        analysis.Indicators.Single(h => h.Indicator == IndicatorCatalog.TravelProvided).Evidence.Select(e => e.Text).ShouldBe(["biglietto pagato", "visto incluso"]);
    }

    [Theory]
    [InlineData("""{ "language": "xx", "indicators": { "job.made_up": { "phrases": ["a"] } }, "cues": {} }""", "unknown indicator \"job.made_up\"")]
    [InlineData("""{ "language": "xx", "indicators": {}, "cues": { "kind.robot": ["a"] } }""", "unknown cue group \"kind.robot\"")]
    [InlineData("""{ "language": "xx", "indicators": {} }""", "missing \"cues\"")]
    [InlineData("""{ "language": "xx", "indicators": { "ad.unprotected_sex": { "phrases": ["* raw"] } }, "cues": {} }""", "cannot start with")]
    [InlineData("""{ "language": "xx", """, "xx.json")]
    public void A_malformed_pack_is_refused_with_its_name_and_the_problem(string json, string expected)
    {
        var error = Should.Throw<InvalidDataException>(() => RuleBook.FromPacks([("xx.json", json)]));

        error.Message.ShouldStartWith("Language pack xx.json:");
        error.Message.ShouldContain(expected);
    }
}
