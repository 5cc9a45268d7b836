using Lantern.Web.Features.Advocacy.Export;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Features.Advocacy.Queries;

namespace Lantern.Web.Tests.Features.Advocacy;

/// <summary>The planner's rules that need no database: progress, risk ratings, card layout.</summary>
public sealed class AdvocacyRulesTests
{
    [Fact]
    public void Progress_works_for_targets_below_the_baseline_and_counts_an_overshoot_as_achieved()
    {
        var falling = new Indicator
        {
            Name = "Days to identify a victim", Unit = "days", Baseline = 90, TargetValue = 30,
            BaselineDate = new(2026, 1, 1), DueDate = new(2027, 1, 1),
            Readings = [new IndicatorReading { Date = new(2026, 7, 2), Value = 60 }],
        };
        var overshoot = new Indicator
        {
            Name = "Briefs", Unit = "briefs", Baseline = 0, TargetValue = 2, BaselineDate = new(2026, 1, 1), DueDate = new(2026, 12, 31),
            Readings = [new IndicatorReading { Date = new(2026, 3, 1), Value = 3 }],
        };

        var progress = IndicatorProgress.Of(falling);

        progress.Progress!.Value.ShouldBe(0.5, 1e-9);
        progress.Status.ShouldBe(TrackStatus.OnTrack);
        IndicatorProgress.Of(overshoot).Status.ShouldBe(TrackStatus.Achieved);
        IndicatorProgress.Of(new Indicator { Name = "x", Unit = "x" }).Status.ShouldBe(TrackStatus.NoReadings);
    }

    [Fact]
    public void Long_messages_get_a_smaller_font_so_they_still_fit_the_card()
    {
        var (shortLines, shortSize) = SocialCardSvg.Fit("E-trafficking is trafficking.", maxLines: 6);
        var (longLines, longSize) = SocialCardSvg.Fit(string.Join(' ', Enumerable.Repeat("Traffickers use digital technology to profile and recruit.", 3)), maxLines: 6);

        shortLines.Count.ShouldBe(2);
        shortSize.ShouldBe(72);
        longSize.ShouldBeLessThan(shortSize);
        longLines.Count.ShouldBeLessThanOrEqualTo(6);
    }

    [Theory]
    [InlineData(Level.Low, Level.Low, Level.Low)]
    [InlineData(Level.Low, Level.High, Level.Medium)]
    [InlineData(Level.Medium, Level.Medium, Level.Medium)]
    [InlineData(Level.Medium, Level.High, Level.High)]
    [InlineData(Level.High, Level.High, Level.High)]
    public void A_risk_is_rated_by_the_product_of_likelihood_and_impact(Level likelihood, Level impact, Level overall) =>
        RiskRating.Overall(likelihood, impact).ShouldBe(overall);

    [Fact]
    public void Every_quadrant_of_the_target_matrix_has_advice_and_only_the_hard_high_impact_one_asks_for_intermediaries()
    {
        TargetQuadrant.All.Count.ShouldBe(4);
        TargetQuadrant.Of(Impact.High, Influence.Easy).Action.ShouldBe("Prioritise");
        TargetQuadrant.Of(Impact.Low, Influence.Difficult).Action.ShouldBe("Monitor");
        TargetQuadrant.All.Where(q => q.WantsIntermediaries).ShouldHaveSingleItem().Influence.ShouldBe(Influence.Difficult);
    }
}
