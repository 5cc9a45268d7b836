using System.Net;
using Lantern.Web.Features.Advocacy;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Advocacy;

/// <summary>Steps 1–3: the campaign, its issue and evidence, its vision and objectives; who may see and change it.</summary>
public abstract class CampaignTests(LanternFactory app)
{
    [Fact]
    public async Task A_coordinator_writes_the_issue_the_vision_and_a_dated_objective()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var name = AdvocacyHelpers.Unique("Safer job ads");

        var id = await browser.CreateCampaignAsync(name);
        await browser.SaveAsync($"/advocacy/{id}/objectives/new", "objective", new()
        {
            ["Input.Statement"] = "Platforms add a way to report suspicious job adverts.",
            ["Input.MeasurableTarget"] = "Three platforms ship a report button",
            ["Input.DueDate"] = "2026-09-30",
        });

        var front = (await browser.PageAsync($"/advocacy/{id}")).Body!.TextContent;
        front.ShouldContain(name);
        front.ShouldContain("Deceptive job adverts recruit displaced women.");
        front.ShouldContain("A world free of e-trafficking.");
        var objectives = (await browser.PageAsync($"/advocacy/{id}/objectives")).Body!.TextContent;
        objectives.ShouldContain("Three platforms ship a report button");
        objectives.ShouldContain("30 Sep 2026");
        var creator = await app.Db(db => db.CampaignMembers.Where(m => m.CampaignId == id).Select(m => m.UserId).SingleAsync());
        creator.ShouldNotBeNullOrEmpty("whoever starts a campaign is its first member");
    }

    [Fact]
    public async Task Dates_out_of_order_and_missing_due_dates_are_refused_and_nothing_is_saved()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var name = AdvocacyHelpers.Unique("Backwards");

        var campaign = await browser.RefusedAsync("/advocacy/new", "campaign", new()
        {
            ["Input.Name"] = name, ["Input.StartDate"] = "2026-06-01", ["Input.EndDate"] = "2026-01-01", ["Input.Status"] = "Active",
        });
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Forwards"));
        var objective = await browser.RefusedAsync($"/advocacy/{id}/objectives/new", "objective", new()
        {
            ["Input.Statement"] = "Something", ["Input.MeasurableTarget"] = "Something measurable", ["Input.DueDate"] = "",
        });

        campaign.ShouldContain("The end date is before the start date.");
        objective.ShouldContain("Give the date the objective is due.");
        (await app.Db(db => db.Campaigns.AnyAsync(c => c.Name == name))).ShouldBeFalse();
        (await app.Db(db => db.Objectives.AnyAsync(o => o.CampaignId == id))).ShouldBeFalse();
    }

    [Fact]
    public async Task Evidence_can_be_a_link_a_figure_or_a_document_and_an_oversized_document_is_refused()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Evidence"));

        await browser.SaveAsync($"/advocacy/{id}/evidence/new", "evidence", new()
        {
            ["Input.Kind"] = "Figure", ["Input.Title"] = "of sex-trafficking victims are advertised online", ["Input.Figure"] = "75%", ["Input.Source"] = "OSCE",
        });
        await browser.SaveAsync($"/advocacy/{id}/evidence/new", "evidence", new()
        {
            ["Input.Kind"] = "Link", ["Input.Title"] = "GRETA summary", ["Input.Url"] = "https://rm.coe.int/greta",
        });
        var small = await UploadAsync(browser, id, "brief.pdf", new byte[2048]);
        var large = await UploadAsync(browser, id, "huge.pdf", new byte[EvidenceFiles.MaxBytes + 1]);
        var wrongType = await UploadAsync(browser, id, "script.exe", new byte[10]);

        small.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Problems(large)).ShouldContain("The document is larger than 5 MB.");
        (await Problems(wrongType)).ShouldContain("Upload one of these file types");
        var stored = await app.Db(db => db.CampaignEvidence.Where(e => e.CampaignId == id).OrderBy(e => e.Id).ToListAsync());
        stored.Select(e => e.Kind).ShouldBe([EvidenceKind.Figure, EvidenceKind.Link, EvidenceKind.Document]);
        var download = await browser.Client.GetAsync($"/advocacy/{id}/evidence/{stored[2].Id}/file");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await download.Content.ReadAsByteArrayAsync()).Length.ShouldBe(2048);
        (await browser.PageAsync($"/advocacy/{id}")).Body!.TextContent.ShouldContain("75%");
    }

    [Fact]
    public async Task A_viewer_reads_a_campaign_but_cannot_edit_it()
    {
        var coordinator = await app.BrowserAs(Role.Coordinator);
        var id = await coordinator.CreateCampaignAsync(AdvocacyHelpers.Unique("Read only"));
        await coordinator.SaveAsync($"/advocacy/{id}/objectives/new", "objective", new()
        {
            ["Input.Statement"] = "Kept", ["Input.MeasurableTarget"] = "Kept", ["Input.DueDate"] = "2026-05-01",
        });
        var objectiveId = await app.Db(db => db.Objectives.Where(o => o.CampaignId == id).Select(o => o.Id).SingleAsync());
        var viewer = await app.BrowserAs(Role.Viewer);
        var token = await viewer.AntiforgeryTokenAsync($"/advocacy/{id}/objectives");

        var page = await viewer.PageAsync($"/advocacy/{id}/objectives");
        var edit = await viewer.Client.GetAsync($"/advocacy/{id}/edit");
        var delete = await viewer.PostAsync($"/advocacy/{id}/objectives/{objectiveId}/delete", [new("__RequestVerificationToken", token)]);
        var post = await viewer.PostAsync($"/advocacy/{id}/objectives/new", [new("__RequestVerificationToken", token), new("_handler", "objective"), new("Input.Statement", "Sneaky")]);

        page.Body!.TextContent.ShouldContain("Kept");
        page.QuerySelectorAll("a").Select(a => a.TextContent).ShouldNotContain("Add objective");
        foreach (var response in new[] { edit, delete, post })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
        }

        (await app.Db(db => db.Objectives.CountAsync(o => o.CampaignId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_private_campaign_is_seen_and_changed_only_by_its_members()
    {
        var owner = await app.BrowserAs(Role.Coordinator);
        var name = AdvocacyHelpers.Unique("Confidential");
        var id = await owner.CreateCampaignAsync(name, isPrivate: true);
        await owner.SaveAsync($"/advocacy/{id}/objectives/new", "objective", new()
        {
            ["Input.Statement"] = "Quiet", ["Input.MeasurableTarget"] = "Quiet", ["Input.DueDate"] = "2026-05-01",
        });
        var objectiveId = await app.Db(db => db.Objectives.Where(o => o.CampaignId == id).Select(o => o.Id).SingleAsync());
        var outsiderEmail = $"outsider-{Guid.NewGuid():N}@lantern.test";
        var outsider = await app.BrowserAsNewUserAsync(Role.Coordinator, outsiderEmail);
        var administrator = await app.BrowserAs(Role.Administrator);
        var token = await outsider.AntiforgeryTokenAsync("/advocacy/new");

        (await outsider.PageAsync("/advocacy")).Body!.TextContent.ShouldNotContain(name);
        (await administrator.PageAsync("/advocacy")).Body!.TextContent.ShouldNotContain(name, customMessage: "private means members only, whatever the role");
        foreach (var path in new[] { "", "/objectives", "/edit", "/targets", "/risks", "/monitoring", "/history", "/print", "/export.pdf", "/export.docx" })
        {
            (await outsider.Client.GetAsync($"/advocacy/{id}{path}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        var ownerId = await app.Db(db => db.CampaignMembers.Where(m => m.CampaignId == id).Select(m => m.UserId).SingleAsync());
        var delete = await outsider.PostAsync($"/advocacy/{id}/objectives/{objectiveId}/delete", [new("__RequestVerificationToken", token)]);
        var removeOwner = await outsider.PostAsync($"/advocacy/{id}/members/{ownerId}/remove", [new("__RequestVerificationToken", token)]);
        var add = await outsider.PostAsync($"/advocacy/{id}/objectives/new", [
            new("__RequestVerificationToken", token), new("_handler", "objective"),
            new("Input.Statement", "Planted"), new("Input.MeasurableTarget", "Planted"), new("Input.DueDate", "2026-05-01")]);
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        removeOwner.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        add.IsSuccessStatusCode.ShouldBeFalse();
        add.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await app.Db(db => db.Objectives.CountAsync(o => o.CampaignId == id))).ShouldBe(1);
        (await app.Db(db => db.CampaignMembers.CountAsync(m => m.CampaignId == id))).ShouldBe(1);

        await owner.SaveAsync($"/advocacy/{id}", "add-member", new() { ["MemberEmail"] = outsiderEmail });

        (await outsider.PageAsync($"/advocacy/{id}/objectives")).Body!.TextContent.ShouldContain("Quiet");
        (await outsider.PageAsync("/advocacy")).Body!.TextContent.ShouldContain(name);
    }

    [Fact]
    public async Task Removing_the_last_member_of_a_private_campaign_is_refused_on_a_page_that_says_why()
    {
        var owner = await app.BrowserAs(Role.Coordinator);
        var id = await owner.CreateCampaignAsync(AdvocacyHelpers.Unique("Alone"), isPrivate: true);
        var overview = await owner.PageAsync($"/advocacy/{id}");
        var remove = overview.Forms.Single(f => f.GetAttribute("action")?.EndsWith("/remove", StringComparison.Ordinal) == true);
        var token = remove.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await owner.PostAsync(Browser.Target(remove.GetAttribute("action"), $"/advocacy/{id}"), [new("__RequestVerificationToken", token)]);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await Browser.ParseAsync(response);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldBe("A private campaign needs at least one member.");
        page.QuerySelector($"a[href='/advocacy/{id}#members']").ShouldNotBeNull("the page leads back to the campaign");
        (await app.Db(db => db.CampaignMembers.CountAsync(m => m.CampaignId == id))).ShouldBe(1);
    }

    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, int campaignId, string fileName, byte[] content)
    {
        var page = await browser.PageAsync($"/advocacy/{campaignId}/evidence/new");
        var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("evidence"), "_handler" },
            { new StringContent("Document"), "Input.Kind" },
            { new StringContent(fileName), "Input.Title" },
            { new ByteArrayContent(content), "File", fileName },
        };
        return await browser.Client.PostAsync($"/advocacy/{campaignId}/evidence/new", form);
    }

    private static async Task<string> Problems(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await Browser.ParseAsync(response);
        return string.Join(" | ", page.QuerySelectorAll("[role=alert]").Select(e => e.TextContent));
    }
}

public sealed class CampaignTestsOnSqlite(SqliteApp app) : CampaignTests(app), IClassFixture<SqliteApp>;

public sealed class CampaignTestsOnPostgres(PostgresApp app) : CampaignTests(app), IClassFixture<PostgresApp>;
