using Lantern.Screening.Ads;
using Lantern.Screening.Indicators;

namespace Lantern.Screening.Tests.Indicators;

/// <summary>Every text indicator, raised by wording written for these tests, with the evidence it must point at.</summary>
public sealed class IndicatorTests
{
    private static readonly AdAnalyzer Analyzer = new();

    private static IndicatorHit? Hit(string text, Indicator indicator, AdKind? kind = null) =>
        Analyzer.Analyze(Ad.Of("t", text, kind)).Indicators.SingleOrDefault(h => h.Indicator == indicator);

    private static string[] Evidence(string text, Indicator indicator, AdKind? kind = null)
    {
        var hit = Hit(text, indicator, kind);
        hit.ShouldNotBeNull($"{indicator.Code} was not raised on: {text}");
        foreach (var item in hit.Evidence)
        {
            text[item.Start..item.End].ShouldBe(item.Text);
        }

        return [.. hit.Evidence.Select(e => e.Text)];
    }

    [Fact]
    public void Unrealistic_offer_from_phrases_and_from_pay_above_the_threshold_for_its_period()
    {
        Evidence("Hotel staff wanted. Free accommodation and easy money for all candidates.", IndicatorCatalog.UnrealisticOffer, AdKind.Job)
            .ShouldBe(["Free accommodation", "easy money"]);
        Evidence("Data entry job, earn $2,500 per week from home.", IndicatorCatalog.UnrealisticOffer, AdKind.Job).ShouldContain("$2,500 per week");
        Evidence("Cleaners needed, 500 EUR a day.", IndicatorCatalog.UnrealisticOffer, AdKind.Job).ShouldBe(["500 EUR a day"]);
        Hit("Cleaners needed, pay $15 per hour, 40 hours a week.", IndicatorCatalog.UnrealisticOffer, AdKind.Job).ShouldBeNull();
        Hit("Warehouse job: 2500 boxes per week to pack.", IndicatorCatalog.UnrealisticOffer, AdKind.Job).ShouldBeNull();
    }

    [Fact]
    public void Vague_description_from_phrases_and_from_a_job_ad_too_short_to_describe_work()
    {
        Evidence("Waitress vacancy abroad. No experience needed, details will be given after you apply. We pay weekly and the work is in a busy restaurant with a large team of friendly staff and good managers.", IndicatorCatalog.VagueDescription, AdKind.Job)
            .ShouldBe(["No experience needed", "details will be given"]);
        Evidence("Girls wanted for work abroad.", IndicatorCatalog.VagueDescription, AdKind.Job).ShouldBe(["Girls wanted for work abroad"]);
    }

    [Fact]
    public void Unnamed_employer_travel_and_personal_information()
    {
        Evidence("Our client, a reputable company in Dubai, is hiring hostesses.", IndicatorCatalog.UnnamedEmployer, AdKind.Job).ShouldBe(["Our client", "reputable company"]);
        Evidence("Visa provided. We will arrange your ticket and travel documents.", IndicatorCatalog.TravelProvided, AdKind.Job)
            .ShouldBe(["Visa provided", "We will arrange your ticket", "travel documents"]);
        Evidence("To apply, send us two photos, a full body picture and a passport copy.", IndicatorCatalog.RequestsPersonalInfo, AdKind.Job)
            .ShouldBe(["send us two photos", "full body picture", "passport copy"]);
    }

    [Fact]
    public void Poor_language_needs_two_kinds_of_signal()
    {
        Evidence("URGENT HIRING!!! kindly send ur cv, i will recieve it and reply. Sallary is good.", IndicatorCatalog.PoorLanguage, AdKind.Job)
            .ShouldContain("recieve");
        Hit("We have an opening for a receptionist!! Please apply with your CV and references by Friday; interviews follow next week.", IndicatorCatalog.PoorLanguage, AdKind.Job).ShouldBeNull();
    }

    [Fact]
    public void Romantic_grooming_needs_two_different_phrases()
    {
        Evidence("Hey my love, you are special. I will pay for your ticket, but don't tell your parents, it is our secret.", IndicatorCatalog.RomanticGrooming, AdKind.Message)
            .ShouldBe(["my love", "you are special", "I will pay for your ticket", "don't tell your", "our secret"]);
        Hit("Hello my love, how was your day?", IndicatorCatalog.RomanticGrooming, AdKind.Message).ShouldBeNull();
    }

    [Fact]
    public void Possible_minor_from_wording_and_from_a_stated_age_under_18()
    {
        Evidence("Sweet teen, just turned 18, new in town.", IndicatorCatalog.PossibleMinor, AdKind.Service).ShouldBe(["teen", "just turned 18"]);
        Evidence("Hi, I'm Lily, 16 years old, available tonight.", IndicatorCatalog.PossibleMinor, AdKind.Service).ShouldBe(["16 years old"]);
        Evidence("Escort, aged 17, incall only.", IndicatorCatalog.PossibleMinor, AdKind.Service).ShouldBe(["aged 17"]);
        Hit("Hi, I'm Lily, 26 years old, available tonight.", IndicatorCatalog.PossibleMinor, AdKind.Service).ShouldBeNull();
    }

    [Fact]
    public void Unprotected_sex_and_third_party_control()
    {
        Evidence("GFE, bareback and no condom extras.", IndicatorCatalog.UnprotectedSex, AdKind.Service).ShouldBe(["bareback", "no condom"]);
        Evidence("Our girls are new every week, call my manager to book.", IndicatorCatalog.ThirdPartyControl, AdKind.Service).ShouldBe(["Our girls", "call my manager"]);
    }

    [Fact]
    public void Indicators_apply_only_to_the_kinds_the_toolkit_names()
    {
        // A job ad for a "young, dynamic team" is not an ad for a minor; a service ad with "free accommodation" is not a job offer.
        Hit("We are a young team, teen magazine publisher, hiring editors.", IndicatorCatalog.PossibleMinor, AdKind.Job).ShouldBeNull();
        Hit("Free accommodation for my guests, incall.", IndicatorCatalog.UnrealisticOffer, AdKind.Service).ShouldBeNull();
    }

    [Fact]
    public void Names_ages_and_places_are_read_for_comparison_across_ads()
    {
        var facts = Analyzer.Analyze(new Ad("t", "Hi, I'm Anna, 22 years old, new in Leeds. 10 years of experience.", null, null, null, "West Yorkshire", null, AdKind.Service, [], ReadOnlyMemory<byte>.Empty)).Facts;

        facts.Select(f => (f.Kind, f.Value)).ShouldBe(
        [
            (FactKind.Name, "anna"), (FactKind.Age, "22"), (FactKind.Place, "leeds"), (FactKind.Place, "west yorkshire"),
        ]);
        facts[^1].Evidence.Field.ShouldBe("location");
    }

    [Theory]
    [InlineData("We are hiring a receptionist. Salary and benefits, apply with your CV and experience.", AdKind.Job)]
    [InlineData("Sexy companion for discreet gentlemen, incall and outcall.", AdKind.Service)]
    [InlineData("Hey babe, miss you, how are you?", AdKind.Message)]
    [InlineData("Photographer and traveller, loves mountains.", AdKind.Profile)]
    public void The_kind_is_inferred_from_cue_words_when_not_given(string text, AdKind expected) =>
        Analyzer.Analyze(Ad.Of("t", text)).Kind.ShouldBe(expected);

    [Fact]
    public void A_clean_job_ad_raises_nothing()
    {
        const string text = "Acme Logistics Ltd is hiring a warehouse supervisor in Leeds. Responsibilities: plan shifts for a team of twelve, " +
            "check deliveries against orders and keep safety records. Requirements: two years of supervisory experience and a forklift licence. " +
            "Salary £28,000 a year, 25 days of holiday and a pension. Apply with your CV by 30 June.";

        Analyzer.Analyze(Ad.Of("t", text, AdKind.Job)).Indicators.ShouldBeEmpty();
    }
}
