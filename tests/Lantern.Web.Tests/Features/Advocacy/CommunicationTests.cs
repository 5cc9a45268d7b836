using System.Net;
using System.Xml.Linq;
using Lantern.Web.Features.Advocacy;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Advocacy;

/// <summary>Section 9: the media kit and social-media cards.</summary>
public abstract class CommunicationTests(LanternFactory app)
{
    [Fact]
    public async Task A_card_made_from_a_figure_is_a_square_svg_that_carries_the_text_safely()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var name = AdvocacyHelpers.Unique("Cards");
        var id = await browser.CreateCampaignAsync(name);
        await browser.SaveAsync($"/advocacy/{id}/evidence/new", "evidence", new()
        {
            ["Input.Kind"] = "Figure", ["Input.Title"] = "of sex-trafficking victims are advertised online", ["Input.Figure"] = "75%", ["Input.Source"] = "OSCE",
        });
        var evidence = await app.Db(db => db.CampaignEvidence.Where(e => e.CampaignId == id).Select(e => e.Id).SingleAsync());

        var prefilled = await browser.PageAsync($"/advocacy/{id}/cards/new?evidence={evidence}");
        await browser.SaveAsync($"/advocacy/{id}/cards/new", "card", new()
        {
            ["Input.Figure"] = "75%", ["Input.Headline"] = "of sex-trafficking victims are advertised online <script>alert(1)</script>",
            ["Input.Source"] = "OSCE", ["Input.Caption"] = "Digital literacy can save lives.", ["Input.Palette"] = "Ember",
        });
        var card = await app.Db(db => db.SocialCards.Where(c => c.CampaignId == id).Select(c => c.Id).SingleAsync());
        var response = await browser.Client.GetAsync($"/advocacy/{id}/cards/{card}.svg");

        prefilled.QuerySelector("input[name='Input.Figure']")!.GetAttribute("value").ShouldBe("75%");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        svg.Root!.Attribute("viewBox")!.Value.ShouldBe("0 0 1080 1080");
        svg.Descendants(ns + "script").ShouldBeEmpty();
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        texts.ShouldContain("75%");
        string.Join(" ", texts).ShouldContain("<script>alert(1)</script>", customMessage: "user text is text, never markup");
        texts.ShouldContain(name);
        var page = await browser.PageAsync($"/advocacy/{id}/communication");
        page.QuerySelector($"img[src='/advocacy/{id}/cards/{card}.svg']").ShouldNotBeNull();
        page.Body!.TextContent.ShouldContain("Caption: Digital literacy can save lives.");
    }

    [Fact]
    public async Task The_media_kit_holds_questions_fact_sheets_and_spokespeople()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Media kit"));

        await browser.SaveAsync($"/advocacy/{id}/media-kit/new", "media-kit", new() { ["Input.Kind"] = "Faq", ["Input.Title"] = "Is e-trafficking really trafficking?", ["Input.Body"] = "Yes: the act, the means and the purpose are the same." });
        await browser.SaveAsync($"/advocacy/{id}/media-kit/new", "media-kit", new() { ["Input.Kind"] = "Spokesperson", ["Input.Title"] = "Maria Rossi", ["Input.Body"] = "Coordinator, press@example.org" });
        var tooLong = await browser.RefusedAsync($"/advocacy/{id}/cards/new", "card", new() { ["Input.Headline"] = new string('x', 161), ["Input.Palette"] = "Night" });

        tooLong.ShouldContain("Message");
        var text = (await browser.PageAsync($"/advocacy/{id}/communication")).Body!.TextContent;
        text.ShouldContain("Frequently asked question");
        text.ShouldContain("Is e-trafficking really trafficking?");
        text.ShouldContain("Spokesperson contact");
        text.ShouldContain("press@example.org");
    }

}

public sealed class CommunicationTestsOnSqlite(SqliteApp app) : CommunicationTests(app), IClassFixture<SqliteApp>;

public sealed class CommunicationTestsOnPostgres(PostgresApp app) : CommunicationTests(app), IClassFixture<PostgresApp>;
