using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Features.Coalition.Queries;

namespace Lantern.Web.Tests.Features.Coalition;

/// <summary>The pure part of the coverage page: statuses and the ranking of needs from counts.</summary>
public sealed class CoverageReportTests
{
    private static readonly SubService Shelter = new() { Id = 1, Code = "emergency-shelter", Name = "Emergency shelter", Pillar = Pillar.Intervention, SortOrder = 0 };
    private static readonly SubService Lobbying = new() { Id = 2, Code = "policy-lobbying", Name = "Policy lobbying", Pillar = Pillar.Advocacy, SortOrder = 1 };
    private static readonly SubService Counselling = new() { Id = 3, Code = "trauma-counselling", Name = "Trauma counselling", Pillar = Pillar.Rehabilitation, SortOrder = 2 };

    private static CoverageReport Report(int threshold, params CoverageCell[] cells) =>
        CoverageReport.Build([Shelter, Lobbying, Counselling], cells, new Dictionary<Pillar, int>(), threshold);

    [Fact]
    public void A_cell_is_a_gap_with_no_provider_thin_with_one_and_duplicated_from_the_threshold()
    {
        var report = Report(3,
            new(Shelter.Id, Population.Children, 1),
            new(Shelter.Id, Population.WomenAndGirls, 2),
            new(Shelter.Id, Population.MenAndBoys, 3));

        report.Status(Shelter.Id, Population.MigrantsAndRefugees).ShouldBe(CellStatus.Gap);
        report.Status(Shelter.Id, Population.Children).ShouldBe(CellStatus.OneProvider);
        report.Status(Shelter.Id, Population.WomenAndGirls).ShouldBe(CellStatus.Covered);
        report.Status(Shelter.Id, Population.MenAndBoys).ShouldBe(CellStatus.Duplicated);
        report.DuplicatedCount.ShouldBe(1);
        report.GapCount.ShouldBe(3 * 8 - 3);
    }

    [Fact]
    public void The_duplication_threshold_is_configurable()
    {
        var report = Report(2, new CoverageCell(Shelter.Id, Population.WomenAndGirls, 2));

        report.Status(Shelter.Id, Population.WomenAndGirls).ShouldBe(CellStatus.Duplicated);
    }

    [Fact]
    public void A_threshold_below_two_is_refused_because_one_provider_is_never_duplication()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Report(1));
    }

    [Fact]
    public void Every_gap_is_listed_as_a_need_and_no_covered_cell_is()
    {
        var report = Report(3, new(Shelter.Id, Population.Children, 1), new(Lobbying.Id, Population.Children, 4));

        report.Needs.Count.ShouldBe(report.GapCount);
        report.Needs.ShouldNotContain(n => n.SubService.Id == Shelter.Id && n.Population == Population.Children);
    }

    [Fact]
    public void Gaps_in_a_poorly_served_population_and_a_thin_slice_rank_first()
    {
        // Children are served by everything but counselling; men and boys by nothing at all.
        // Advocacy and intervention are fully covered for children; rehabilitation has nothing.
        var report = Report(3,
            new(Shelter.Id, Population.Children, 1),
            new(Lobbying.Id, Population.Children, 1),
            new(Shelter.Id, Population.WomenAndGirls, 1),
            new(Lobbying.Id, Population.WomenAndGirls, 1),
            new(Counselling.Id, Population.WomenAndGirls, 1));

        var top = report.Needs[0];
        top.SubService.ShouldBe(Counselling);
        top.Population.ShouldNotBe(Population.Children);
        top.Population.ShouldNotBe(Population.WomenAndGirls);
        top.Score.ShouldBeGreaterThan(report.Needs.Single(n => n.SubService == Counselling && n.Population == Population.Children).Score);
        top.Reason.ShouldContain("No provider");
    }

    [Fact]
    public void An_empty_catalogue_gives_an_empty_report_rather_than_dividing_by_zero()
    {
        var report = CoverageReport.Build([], [], new Dictionary<Pillar, int>(), 3);

        report.Needs.ShouldBeEmpty();
        report.GapCount.ShouldBe(0);
    }
}
