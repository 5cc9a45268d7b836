using System.Net;
using Lantern.Web.Features.Advocacy;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Advocacy;

/// <summary>Step 8: the log frame, its readings and progress, and the evaluation checklists.</summary>
public abstract class MonitoringTests(LanternFactory app)
{
    private static Dictionary<string, string> Indicator(string name, string baseline, string target, string from, string due) => new()
    {
        ["Input.Kind"] = "Outcome", ["Input.Name"] = name, ["Input.Unit"] = "articles", ["Input.Baseline"] = baseline, ["Input.TargetValue"] = target,
        ["Input.BaselineDate"] = from, ["Input.DueDate"] = due,
    };

    [Fact]
    public async Task Readings_draw_the_progress_chart_and_decide_whether_an_indicator_is_on_track()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Log frame"));
        await browser.SaveAsync($"/advocacy/{id}/indicators/new", "indicator", Indicator("Media articles on e-trafficking", "10", "30", "2026-01-01", "2026-12-31"));
        await browser.SaveAsync($"/advocacy/{id}/indicators/new", "indicator", Indicator("Ministry statements", "0", "4", "2026-01-01", "2026-12-31"));
        var ids = await app.Db(db => db.Indicators.Where(i => i.CampaignId == id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());

        // Halfway through the year: articles are halfway there, statements are still at zero.
        await Reading(browser, id, ids[0], "2026-04-01", "15");
        await Reading(browser, id, ids[0], "2026-07-02", "20");
        await Reading(browser, id, ids[1], "2026-07-02", "0");
        var early = await browser.RefusedAsync($"/advocacy/{id}/indicators/{ids[1]}/readings/new", "reading", new() { ["Input.Date"] = "2025-12-01", ["Input.Value"] = "1" });

        early.ShouldContain("The reading is dated before the baseline date (2026-01-01).");
        var page = await browser.PageAsync($"/advocacy/{id}/monitoring");
        var rows = page.QuerySelectorAll("caption + thead + tbody tr").Select(r => r.TextContent).ToList();
        rows[0].ShouldContain("On track");
        rows[1].ShouldContain("Off track");
        var chart = page.QuerySelector($"svg[aria-labelledby='ind-{ids[0]}-title ind-{ids[0]}-desc']")!;
        chart.QuerySelectorAll("circle").Length.ShouldBe(2);
        chart.QuerySelector("polyline.actual").ShouldNotBeNull();
        chart.QuerySelector("desc")!.TextContent.ShouldContain("Readings: 1 Apr 2026 15, 2 Jul 2026 20.");
        (await app.Db(db => db.IndicatorReadings.CountAsync(r => r.CampaignId == id))).ShouldBe(3);
    }

    [Fact]
    public async Task An_indicator_whose_due_date_precedes_its_baseline_or_whose_target_equals_it_is_refused()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Bad log frame"));

        var backwards = await browser.RefusedAsync($"/advocacy/{id}/indicators/new", "indicator", Indicator("Backwards", "1", "5", "2026-06-01", "2026-01-01"));
        var flat = await browser.RefusedAsync($"/advocacy/{id}/indicators/new", "indicator", Indicator("Flat", "5", "5", "2026-01-01", "2026-06-01"));
        var notANumber = await browser.RefusedAsync($"/advocacy/{id}/indicators/new", "indicator", Indicator("Words", "ten", "5", "2026-01-01", "2026-06-01"));

        backwards.ShouldContain("The due date is before the baseline date.");
        flat.ShouldContain("The target must differ from the baseline");
        notANumber.ShouldContain("Baseline");
        (await app.Db(db => db.Indicators.CountAsync(i => i.CampaignId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task The_evaluation_checklists_store_answers_and_notes()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Evaluated"));

        await browser.SaveAsync($"/advocacy/{id}/evaluation/MidTerm", "evaluation", new()
        {
            ["Input.Answers[0].Answer"] = "Yes", ["Input.Answers[0].Notes"] = "All four meetings held.",
            ["Input.Answers[2].Answer"] = "Partly", ["Input.Answers[2].Notes"] = "Move the petition online.",
        });
        var wrong = await browser.SubmitAsync($"/advocacy/{id}/evaluation/Final", "evaluation", new Dictionary<string, string> { ["Input.Answers[0].QuestionCode"] = "mid-tactics", ["Input.Answers[0].Answer"] = "Yes" });

        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("is not a question of the final evaluation");
        var stored = await app.Db(db => db.EvaluationAnswers.Where(a => a.CampaignId == id).OrderBy(a => a.QuestionCode).ToListAsync());
        stored.Select(a => (a.QuestionCode, a.Answer)).ShouldBe([("mid-implementation", EvaluationAnswerValue.Yes), ("mid-tactics", EvaluationAnswerValue.Partly)]);
        var page = await browser.PageAsync($"/advocacy/{id}/evaluation/MidTerm");
        page.QuerySelector("textarea[name='Input.Answers[2].Notes']")!.TextContent.ShouldBe("Move the petition online.");
        (await browser.PageAsync($"/advocacy/{id}/monitoring")).Body!.TextContent.ShouldContain("2 of 5 questions answered.");
    }

    private static Task Reading(Browser browser, int campaignId, int indicatorId, string date, string value) =>
        browser.SaveAsync($"/advocacy/{campaignId}/indicators/{indicatorId}/readings/new", "reading", new() { ["Input.Date"] = date, ["Input.Value"] = value });
}

public sealed class MonitoringTestsOnSqlite(SqliteApp app) : MonitoringTests(app), IClassFixture<SqliteApp>;

public sealed class MonitoringTestsOnPostgres(PostgresApp app) : MonitoringTests(app), IClassFixture<PostgresApp>;
