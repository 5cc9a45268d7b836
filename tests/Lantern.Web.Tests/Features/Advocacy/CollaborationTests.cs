using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Lantern.Testing;
using Lantern.Web.Features.Advocacy;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Advocacy;

/// <summary>Around the campaign: change history, comments, the dashboard and the exports.</summary>
public abstract class CollaborationTests(LanternFactory app)
{
    private static Dictionary<string, string> Risk(string description, string likelihood, string impact, string owner = "Noor") => new()
    {
        ["Input.Category"] = "LackOfResources", ["Input.Description"] = description, ["Input.Likelihood"] = likelihood, ["Input.Impact"] = impact,
        ["Input.Mitigation"] = "Share the work in the coalition", ["Input.Owner"] = owner, ["Input.Status"] = "Open",
    };

    [Fact]
    public async Task Every_change_is_recorded_with_who_made_it_and_what_changed()
    {
        var first = await app.BrowserAs(Role.Coordinator);
        var id = await first.CreateCampaignAsync(AdvocacyHelpers.Unique("History"));
        await first.SaveAsync($"/advocacy/{id}/risks/new", "risk", Risk("Funding ends in June", "Medium", "High"));
        var riskId = await app.Db(db => db.Risks.Where(r => r.CampaignId == id).Select(r => r.Id).SingleAsync());
        var second = await app.BrowserAs(Role.Administrator);

        var edit = await second.PageAsync($"/advocacy/{id}/risks/{riskId}/edit");
        edit.QuerySelector("textarea[name='Input.Description']")!.TextContent.ShouldBe("Funding ends in June", "the edit form starts from the stored risk");
        await second.SaveAsync($"/advocacy/{id}/risks/{riskId}/edit", "risk", Risk("Funding ends in June", "High", "High", owner: "Dana"));
        var token = await second.AntiforgeryTokenAsync($"/advocacy/{id}/risks");
        (await second.PostAsync($"/advocacy/{id}/risks/{riskId}/delete", [new("__RequestVerificationToken", token)])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var history = await app.Db(db => db.CampaignChanges.Where(c => c.CampaignId == id && c.ItemType == "Risk").OrderBy(c => c.Id).ToListAsync());
        history.Select(c => (c.Action, c.UserName)).ShouldBe([("Added", "coordinator@lantern.test"), ("Changed", "administrator@lantern.test"), ("Deleted", "administrator@lantern.test")]);
        history[1].Changes.ShouldBe("Likelihood: Medium → High; Owner: Noor → Dana");
        var page = await first.PageAsync($"/advocacy/{id}/history?type=Risk&id={riskId}");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(3);
        rows[1].ShouldContain("Likelihood: Medium → High");
        (await first.PageAsync($"/advocacy/{id}/history")).Body!.TextContent.ShouldContain("Campaign");
    }

    [Fact]
    public async Task Coordinators_leave_comments_on_a_step_and_a_viewer_can_read_but_not_post_them()
    {
        var coordinator = await app.BrowserAs(Role.Coordinator);
        var id = await coordinator.CreateCampaignAsync(AdvocacyHelpers.Unique("Comments"));

        await coordinator.SaveAsync($"/advocacy/{id}/targets", "comment", new() { ["Input.Body"] = "Can we reach the minister through the rapporteur?" });
        var empty = await coordinator.RefusedAsync($"/advocacy/{id}/targets", "comment", new() { ["Input.Body"] = "" });
        var viewer = await app.BrowserAs(Role.Viewer);
        var page = await viewer.PageAsync($"/advocacy/{id}/targets");

        empty.ShouldContain("Write a comment first.");
        page.QuerySelector("section.comments")!.TextContent.ShouldContain("Can we reach the minister through the rapporteur?");
        page.QuerySelector("section.comments form").ShouldBeNull();
        (await viewer.PageAsync($"/advocacy/{id}/risks")).QuerySelector("section.comments")!.TextContent.ShouldContain("No comments on this step yet.");
    }

    [Fact]
    public async Task The_dashboard_gathers_off_track_indicators_high_risks_and_upcoming_activities_across_campaigns()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var name = AdvocacyHelpers.Unique("Dashboard");
        var id = await browser.CreateCampaignAsync(name);
        await browser.SaveAsync($"/advocacy/{id}/risks/new", "risk", Risk("Key ally leaves the ministry", "High", "High"));
        await browser.SaveAsync($"/advocacy/{id}/risks/new", "risk", Risk("Printer breaks", "Low", "Low"));
        await browser.SaveAsync($"/advocacy/{id}/tactics/new", "tactic", new() { ["Input.Kind"] = "SemiPublic", ["Input.Title"] = "Round table" });
        var tactic = await app.Db(db => db.Tactics.Where(t => t.CampaignId == id).Select(t => t.Id).SingleAsync());
        await browser.SaveAsync($"/advocacy/{id}/activities/new", "activity", new()
        {
            ["Input.TacticId"] = $"{tactic}", ["Input.Title"] = "Round table with prosecutors", ["Input.Owner"] = "Ana",
            ["Input.StartDate"] = Iso(today.AddDays(5)), ["Input.EndDate"] = Iso(today.AddDays(5)),
        });
        await browser.SaveAsync($"/advocacy/{id}/indicators/new", "indicator", new()
        {
            ["Input.Kind"] = "Activity", ["Input.Name"] = "Prosecutors trained", ["Input.Unit"] = "people", ["Input.Baseline"] = "0", ["Input.TargetValue"] = "100",
            ["Input.BaselineDate"] = Iso(today.AddDays(-100)), ["Input.DueDate"] = Iso(today.AddDays(100)),
        });
        var indicator = await app.Db(db => db.Indicators.Where(i => i.CampaignId == id).Select(i => i.Id).SingleAsync());
        await browser.SaveAsync($"/advocacy/{id}/indicators/{indicator}/readings/new", "reading", new() { ["Input.Date"] = Iso(today), ["Input.Value"] = "5" });

        var page = await browser.PageAsync("/advocacy");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe(["Active", "0", "1 of 1", "1", "1"]);
        page.QuerySelector("#off-track")!.ParentElement!.TextContent.ShouldContain("Prosecutors trained");
        var risks = page.QuerySelector("#high-risks")!.ParentElement!.TextContent;
        risks.ShouldContain("Key ally leaves the ministry");
        risks.ShouldNotContain("Printer breaks");
        page.QuerySelector("#upcoming")!.ParentElement!.TextContent.ShouldContain("Round table with prosecutors");
    }

    [Fact]
    public async Task The_strategy_exports_as_pdf_and_docx_and_prints_in_the_toolkits_order()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var name = AdvocacyHelpers.Unique("Exported strategy");
        var id = await browser.CreateCampaignAsync(name);
        await browser.SaveAsync($"/advocacy/{id}/objectives/new", "objective", new()
        {
            ["Input.Statement"] = "Job platforms verify employers", ["Input.MeasurableTarget"] = "Two platforms verify employers", ["Input.DueDate"] = "2026-10-01",
        });
        await browser.SaveAsync($"/advocacy/{id}/risks/new", "risk", Risk("Little public interest", "Medium", "Low"));

        var pdf = await browser.Client.GetAsync($"/advocacy/{id}/export.pdf");
        var docx = await browser.Client.GetAsync($"/advocacy/{id}/export.docx");
        var print = await browser.PageAsync($"/advocacy/{id}/print");
        var viewer = await (await app.BrowserAs(Role.Viewer)).Client.GetAsync($"/advocacy/{id}/export.pdf");

        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        text.ShouldContain(name);
        text.ShouldContain("Two platforms verify employers");
        text.ShouldContain("Little public interest");
        Order(text, "1 · The issue of concern", "2 · Vision", "3 · Objectives", "4 · Targets", "5 · Tactics", "6 · Messages", "7 · Risks and challenges", "8 · Monitoring and evaluation");
        using (var word = WordprocessingDocument.Open(await docx.Content.ReadAsStreamAsync(), false))
        {
            var body = word.MainDocumentPart!.Document.Body!.InnerText;
            body.ShouldContain("Two platforms verify employers");
            Order(body, "3 · Objectives", "7 · Risks and challenges");
        }

        print.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldContain("4 · Targets");
        print.QuerySelector("svg[aria-labelledby='matrix-title matrix-desc']").ShouldNotBeNull();
        viewer.StatusCode.ShouldBe(HttpStatusCode.Redirect, "viewers read the print page but have no export permission");
    }

    private static void Order(string text, params string[] parts)
    {
        var positions = parts.Select(p => text.IndexOf(p, StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0, string.Join(", ", parts.Where(p => !text.Contains(p, StringComparison.Ordinal))));
        positions.ShouldBeInOrder();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class CollaborationTestsOnSqlite(SqliteApp app) : CollaborationTests(app), IClassFixture<SqliteApp>;

public sealed class CollaborationTestsOnPostgres(PostgresApp app) : CollaborationTests(app), IClassFixture<PostgresApp>;
