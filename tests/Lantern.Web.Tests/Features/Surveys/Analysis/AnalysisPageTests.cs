using System.Globalization;
using System.Net;
using Lantern.Statistics.Data;
using Lantern.Statistics.Descriptive;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys.Analysis;

public abstract class AnalysisPageTests(LanternFactory app)
{
    [Fact]
    public async Task The_demographic_table_gives_each_category_its_share_of_all_respondents_and_its_count()
    {
        var survey = await StudyResponses.CreateAsync(app, 48);
        var genders = await AnswersOf(survey.Id, "gender");
        var page = await (await app.BrowserAs(Role.Viewer)).PageAsync($"/surveys/{survey.Id}/analysis");

        var table = page.QuerySelector("table.demographics")!;
        table.QuerySelector("caption")!.TextContent.ShouldBe("Demographic characteristics of respondents (n = 48)");
        var rows = table.QuerySelectorAll("tbody").Single(b => b.QuerySelector("th")!.TextContent == "Gender").QuerySelectorAll("tr").Skip(1)
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        foreach (var choice in survey.Items.Single(i => i.Name == "gender").Choices)
        {
            var count = genders.Count(g => g == choice.Value);
            var row = rows.Single(r => r[0] == choice.Label.In("en", "en"));
            row[2].ShouldBe(count.ToString(CultureInfo.InvariantCulture));
            row[1].ShouldBe((100.0 * count / 48).ToString("F1", CultureInfo.InvariantCulture));
        }

        rows.Sum(r => int.Parse(r[2], CultureInfo.InvariantCulture)).ShouldBe(48);
    }

    [Fact]
    public async Task Cronbachs_alpha_on_the_page_is_the_engines_alpha_of_the_items_as_answered()
    {
        var survey = await StudyResponses.CreateAsync(app, 60);
        var items = new[] { "ief1", "ief2", "ief3", "ief4", "ief5" };
        var columns = new List<IReadOnlyList<double>>();
        foreach (var item in items)
        {
            columns.Add([.. (await AnswersOf(survey.Id, item)).Select(a => a is null ? double.NaN : double.Parse(a, CultureInfo.InvariantCulture))]);
        }

        var expected = Reliability.CronbachAlpha(NumericTable.FromColumns(items, columns), items, ["ief4"], 1, 7);
        var page = await (await app.BrowserAs(Role.Viewer)).PageAsync($"/surveys/{survey.Id}/analysis");

        var scale = page.QuerySelector("#scale-internal_efficacy")!;
        Value(scale.QuerySelector(".alpha")!).ShouldBe(expected.Alpha, 1e-12);
        expected.Alpha.ShouldBeGreaterThan(0.7, "the generated items measure one trait");
        var itemRows = scale.QuerySelectorAll("table.reliability tbody tr").ToList();
        itemRows.Count.ShouldBe(5);
        for (var i = 0; i < 5; i++)
        {
            var cells = itemRows[i].QuerySelectorAll("td");
            cells[0].TextContent.ShouldBe(items[i]);
            Value(cells[4]).ShouldBe(expected.Items[i].CorrectedItemTotalCorrelation, 1e-12);
            Value(cells[5]).ShouldBe(expected.Items[i].AlphaIfDeleted, 1e-12);
        }

        itemRows[3].QuerySelectorAll("td")[1].TextContent.ShouldBe("yes", "ief4 is reverse-coded");
    }

    [Fact]
    public async Task The_correlation_heat_map_shows_r_for_every_pair_and_the_variables_can_be_chosen()
    {
        var survey = await StudyResponses.CreateAsync(app, 60);
        var dataset = await app.Db(db => SurveyData.DatasetAsync(db, survey, CancellationToken.None));
        var browser = await app.BrowserAs(Role.Viewer);

        var page = await browser.PageAsync($"/surveys/{survey.Id}/analysis");
        var chosen = await browser.PageAsync($"/surveys/{survey.Id}/analysis?v=ht_events&v=organisations_n&v=nonsense");

        var map = page.QuerySelector("svg.heat-map")!;
        map.QuerySelector("title")!.TextContent.ShouldContain("Correlation matrix");
        var expected = Correlation.Pearson(dataset.Values("organisations_n"), dataset.Values("internal_efficacy"));
        expected.R.ShouldBeGreaterThan(0.4, "the generated data tie efficacy to belonging");
        var label = expected.R.ToString("F2", CultureInfo.InvariantCulture) + "***";
        map.QuerySelectorAll("text").Select(t => t.TextContent).ShouldContain(label);
        var pair = page.QuerySelectorAll("table.correlations tbody tr")
            .Single(r => r.Children[0].TextContent == "organisations_n" && r.Children[1].TextContent == "internal_efficacy");
        Value(pair.Children[2]).ShouldBe(expected.R, 1e-12);
        pair.Children[4].TextContent.ShouldBe(expected.N.ToString(CultureInfo.InvariantCulture));
        page.QuerySelectorAll("input[name=v][checked]").Select(i => i.GetAttribute("value")).ShouldContain("social_media_n", "counts are in the default choice");
        page.QuerySelectorAll("input[name=v][checked]").Select(i => i.GetAttribute("value")).ShouldNotContain("ief1", "Likert items are not");
        chosen.QuerySelectorAll("table.correlations tbody tr").Length.ShouldBe(1, "one pair of the two known variables");
    }

    [Fact]
    public async Task The_page_shows_n_and_responses_per_day_as_a_chart_and_a_table()
    {
        var survey = await StudyResponses.CreateAsync(app, 20);
        var page = await (await app.BrowserAs(Role.Viewer)).PageAsync($"/surveys/{survey.Id}/analysis");

        page.QuerySelector(".analysis-n")!.TextContent.ShouldBe("n = 20 responses");
        page.QuerySelectorAll("svg.chart title").Select(t => t.TextContent).ShouldContain("Responses per day");
        var days = page.QuerySelectorAll("table.responses-per-day tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();
        days.Count.ShouldBe(5);
        days[0].ShouldBe(["2026-03-02", "4", "4"]);
        days[^1][2].ShouldBe("20");
    }

    [Fact]
    public async Task A_survey_without_responses_shows_n_0_and_undefined_statistics_without_failing()
    {
        var survey = await StudyResponses.CreateAsync(app, 0);
        var page = await (await app.BrowserAs(Role.Viewer)).PageAsync($"/surveys/{survey.Id}/analysis");

        page.QuerySelector(".analysis-n")!.TextContent.ShouldBe("n = 0 responses");
        page.QuerySelector("table.demographics caption")!.TextContent.ShouldBe("Demographic characteristics of respondents (n = 0)");
        page.QuerySelector("#scale-internal_efficacy .alpha")!.TextContent.ShouldBe("—");
        page.QuerySelector("svg.heat-map").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_tables_download_as_csv_with_formulas_neutralised()
    {
        var survey = await StudyResponses.CreateAsync(app, 48, shape: s =>
            s.Items.Single(i => i.Name == "gender").Choices.Single(c => c.Value == "self").Label = LocalizedText.Of("en", "=HYPERLINK(\"http://x\")"));
        var viewer = (await app.BrowserAs(Role.Viewer)).Client;

        var demographics = await viewer.GetAsync($"/surveys/{survey.Id}/analysis/demographics.csv");
        var descriptives = await viewer.GetStringAsync($"/surveys/{survey.Id}/analysis/descriptives.csv");
        var correlations = await viewer.GetStringAsync($"/surveys/{survey.Id}/analysis/correlations.csv?v=ht_events&v=activities");

        demographics.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await demographics.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimEnd('\r').ShouldBe("characteristic,category,percent,n");
        lines.ShouldContain(l => l.StartsWith("Gender,\"'=HYPERLINK(", StringComparison.Ordinal), "a label that is a formula is written as text");
        lines.Where(l => l.StartsWith("Gender,", StringComparison.Ordinal)).Sum(l => int.Parse(l.TrimEnd('\r').Split(',')[^1], CultureInfo.InvariantCulture)).ShouldBe(48);
        descriptives.ShouldContain("\nht_events,");
        correlations.TrimEnd().Split('\n').Length.ShouldBe(2, "the header and the one pair asked for");
        correlations.ShouldContain("\nactivities,ht_events,");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var survey = await StudyResponses.CreateAsync(app, 3);

        var response = await app.Anonymous().GetAsync($"/surveys/{survey.Id}/analysis");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    private Task<List<string?>> AnswersOf(int surveyId, string itemName) => app.Db(async db =>
    {
        var itemId = await db.SurveyItems.Where(i => i.SurveyId == surveyId && i.Name == itemName).Select(i => i.Id).SingleAsync();
        var responses = await db.SurveyResponses.Where(r => r.SurveyId == surveyId).OrderBy(r => r.Id).Select(r => r.AnswersJson).ToListAsync();
        return responses.Select(json => AnswerSheet.FromJson(json).GetValueOrDefault(itemId)).ToList();
    });

    internal static double Value(AngleSharp.Dom.IElement cell) => double.Parse(cell.GetAttribute("data-value")!, CultureInfo.InvariantCulture);
}

public sealed class AnalysisPageTestsOnSqlite(SqliteApp app) : AnalysisPageTests(app), IClassFixture<SqliteApp>;

public sealed class AnalysisPageTestsOnPostgres(PostgresApp app) : AnalysisPageTests(app), IClassFixture<PostgresApp>;
