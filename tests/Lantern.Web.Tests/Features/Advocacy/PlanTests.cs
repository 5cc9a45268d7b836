using Lantern.Testing;
using Lantern.Web.Features.Advocacy;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Advocacy;

/// <summary>Steps 4–7: targets and their matrix, tactics and their timeline, messages, risks and their heat map.</summary>
public abstract class PlanTests(LanternFactory app)
{
    private static Dictionary<string, string> Target(string name, string impact, string influence, string? closeTo = null) => new()
    {
        ["Input.Name"] = name, ["Input.Group"] = "NationalAuthorities", ["Input.Impact"] = impact, ["Input.Influence"] = influence,
        ["Input.CloseToTargetId"] = closeTo ?? "",
    };

    [Fact]
    public async Task Targets_land_in_the_quadrant_their_ratings_give_with_the_toolkits_advice()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Matrix"));

        var prefilled = await browser.PageAsync($"/advocacy/{id}/targets/new?from=eu-atc");
        prefilled.QuerySelector("input[name='Input.Name']")!.GetAttribute("value").ShouldBe("EU Anti-Trafficking Coordinator");
        // The helper posts hidden fields by itself (the catalogue code); visible ones are filled as a person would.
        await browser.SaveAsync($"/advocacy/{id}/targets/new?from=eu-atc", "target", new()
        {
            ["Input.Name"] = "EU Anti-Trafficking Coordinator", ["Input.Group"] = "EuInstitutions", ["Input.Impact"] = "High", ["Input.Influence"] = "Easy",
        });
        await browser.SaveAsync($"/advocacy/{id}/targets/new", "target", Target("Minister of Justice", "High", "Difficult"));
        var minister = await app.Db(db => db.AdvocacyTargets.Where(t => t.CampaignId == id && t.Name == "Minister of Justice").Select(t => t.Id).SingleAsync());
        await browser.SaveAsync($"/advocacy/{id}/targets/new", "target", Target("Minister's policy adviser", "Low", "Easy", minister.ToString()));
        await browser.SaveAsync($"/advocacy/{id}/targets/new", "target", Target("Gaming platform", "Low", "Difficult"));

        var page = await browser.PageAsync($"/advocacy/{id}/targets");
        var matrix = page.QuerySelector("svg[aria-labelledby='matrix-title matrix-desc']")!;
        var description = matrix.QuerySelector("desc")!.TextContent;
        description.ShouldContain("High impact, easy to influence (Prioritise): EU Anti-Trafficking Coordinator.");
        description.ShouldContain("High impact, difficult to influence (Reach through people close to them): Minister of Justice.");
        description.ShouldContain("Low impact, easy to influence (Get support and information): Minister's policy adviser.");
        description.ShouldContain("Low impact, difficult to influence (Monitor): Gaming platform.");
        matrix.QuerySelectorAll("circle").Length.ShouldBe(4);
        var reach = page.QuerySelector("section[aria-label='Reach through people close to them']")!.TextContent;
        reach.ShouldContain("through Minister's policy adviser");
        var catalogued = await app.Db(db => db.AdvocacyTargets.SingleAsync(t => t.CampaignId == id && t.CatalogueCode == "eu-atc"));
        catalogued.Group.ShouldBe(TargetGroup.EuInstitutions);
    }

    [Fact]
    public async Task Unknown_ratings_and_a_target_close_to_itself_are_refused()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Ratings"));

        var target = await browser.RefusedAsync($"/advocacy/{id}/targets/new", "target", Target("Somebody", "Huge", "Easy"));
        var risk = await browser.RefusedAsync($"/advocacy/{id}/risks/new", "risk", new()
        {
            ["Input.Category"] = "LimitedEvidence", ["Input.Description"] = "Thin data", ["Input.Likelihood"] = "Extreme", ["Input.Impact"] = "High", ["Input.Mitigation"] = "Research",
        });
        var numeric = await browser.RefusedAsync($"/advocacy/{id}/risks/new", "risk", new()
        {
            ["Input.Category"] = "99", ["Input.Description"] = "Thin data", ["Input.Likelihood"] = "Low", ["Input.Impact"] = "High", ["Input.Mitigation"] = "Research",
        });
        var elsewhere = await browser.RefusedAsync($"/advocacy/{id}/targets/new", "target", Target("Somebody", "High", "Easy", closeTo: "999999"));

        target.ShouldContain("Impact");
        risk.ShouldContain("Likelihood");
        numeric.ShouldContain("Choose a category from the list.");
        elsewhere.ShouldContain("Choose another target of this campaign.");
        (await app.Db(db => db.AdvocacyTargets.CountAsync(t => t.CampaignId == id))).ShouldBe(0);
        (await app.Db(db => db.Risks.CountAsync(r => r.CampaignId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task Tactics_of_each_kind_have_dated_activities_on_a_timeline_and_backwards_dates_are_refused()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Tactics"));
        await browser.SaveAsync($"/advocacy/{id}/tactics/new", "tactic", new() { ["Input.Kind"] = "Discreet", ["Input.Title"] = "Private letters to the ministry" });
        await browser.SaveAsync($"/advocacy/{id}/tactics/new", "tactic", new() { ["Input.Kind"] = "Public", ["Input.Title"] = "Social media week" });
        var tactics = await app.Db(db => db.Tactics.Where(t => t.CampaignId == id).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());

        await browser.SaveAsync($"/advocacy/{id}/activities/new?tactic={tactics[0]}", "activity", new()
        {
            ["Input.TacticId"] = tactics[0].ToString(), ["Input.Title"] = "Letter to the minister", ["Input.StartDate"] = "2026-02-01", ["Input.EndDate"] = "2026-02-10", ["Input.Owner"] = "Dana",
        });
        await browser.SaveAsync($"/advocacy/{id}/activities/new", "activity", new()
        {
            ["Input.TacticId"] = tactics[1].ToString(), ["Input.Title"] = "Cards on Instagram", ["Input.StartDate"] = "2026-03-01", ["Input.EndDate"] = "2026-03-07", ["Input.Owner"] = "Sami",
        });
        var backwards = await browser.RefusedAsync($"/advocacy/{id}/activities/new", "activity", new()
        {
            ["Input.TacticId"] = tactics[1].ToString(), ["Input.Title"] = "Backwards", ["Input.StartDate"] = "2026-05-10", ["Input.EndDate"] = "2026-05-01", ["Input.Owner"] = "Sami",
        });

        backwards.ShouldContain("The activity ends before it starts.");
        var page = await browser.PageAsync($"/advocacy/{id}/tactics");
        var timeline = page.QuerySelector("svg[aria-labelledby='timeline-title timeline-desc']")!;
        timeline.QuerySelectorAll("rect").Length.ShouldBe(2);
        timeline.QuerySelector("desc")!.TextContent.ShouldContain("Letter to the minister: 1 Feb 2026 to 10 Feb 2026, discreet intervention.");
        page.Body!.TextContent.ShouldContain("Sami");
        (await app.Db(db => db.PlannedActivities.CountAsync(a => a.CampaignId == id))).ShouldBe(2);
    }

    [Fact]
    public async Task Each_target_gets_its_own_message_with_evidence_and_the_campaign_one_public_message()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Messages"));
        await browser.SaveAsync($"/advocacy/{id}/targets/new?from=social-media", "target", new()
        {
            ["Input.Name"] = "Social media companies", ["Input.Group"] = "TechnologySector", ["Input.Impact"] = "High", ["Input.Influence"] = "Difficult",
        });
        var target = await app.Db(db => db.AdvocacyTargets.Where(t => t.CampaignId == id).Select(t => t.Id).SingleAsync());

        var fromTheme = await browser.PageAsync($"/advocacy/{id}/messages/new?theme=technology-ally&target={target}");
        await browser.SaveAsync($"/advocacy/{id}/messages/new?theme=technology-ally&target={target}", "message", new()
        {
            ["Input.TargetId"] = target.ToString(), ["Input.ThemeCode"] = "technology-ally",
            ["Input.Text"] = "Give users a report button on job adverts.", ["Input.Evidence"] = "Adverts flagged by the screening engine.",
        });
        await browser.SaveAsync($"/advocacy/{id}/messages", "public-message", new() { ["Input.Message"] = "E-trafficking is trafficking.", ["Input.Evidence"] = "Palermo Protocol, article 3." });
        var noEvidence = await browser.RefusedAsync($"/advocacy/{id}/messages/new", "message", new()
        {
            ["Input.TargetId"] = target.ToString(), ["Input.Text"] = "Unbacked claim", ["Input.Evidence"] = "",
        });

        fromTheme.QuerySelector("textarea[name='Input.Text']")!.TextContent.ShouldStartWith("Social networks, dating apps and job sites");
        noEvidence.ShouldContain("Say what evidence backs the message.");
        var text = (await browser.PageAsync($"/advocacy/{id}/messages")).Body!.TextContent;
        text.ShouldContain("Give users a report button on job adverts.");
        text.ShouldContain("Theme: The technology sector as an ally");
        text.ShouldContain("E-trafficking is trafficking.");
        text.ShouldContain("Palermo Protocol, article 3.");
    }

    [Fact]
    public async Task The_public_message_posted_through_its_own_form_is_stored_and_exported()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Public message"));
        var url = $"/advocacy/{id}/messages";
        var form = (await browser.PageAsync(url)).Forms.Single(f => f.QuerySelector("input[name=_handler][value='public-message']") is not null);
        // Post under the names the page itself renders, as a browser would, not names the test assumes.
        string NameOf(string label) => form.QuerySelectorAll("label").Single(l => l.TextContent.TrimStart().StartsWith(label, StringComparison.Ordinal))
            .QuerySelector("textarea")!.GetAttribute("name")!;

        await browser.SaveAsync(url, "public-message", new()
        {
            [NameOf("Public message")] = "Deceptive job adverts are trafficking.", [NameOf("Evidence")] = "Palermo Protocol, article 3.",
        });

        var stored = await app.Db(db => db.Campaigns.Where(c => c.Id == id).Select(c => new { c.PublicMessage, c.PublicMessageEvidence }).SingleAsync());
        stored.PublicMessage.ShouldBe("Deceptive job adverts are trafficking.");
        stored.PublicMessageEvidence.ShouldBe("Palermo Protocol, article 3.");
        var pdf = await PdfText.ExtractAsync(await browser.Client.GetByteArrayAsync($"/advocacy/{id}/export.pdf"));
        var messages = pdf[pdf.IndexOf("6 · Messages", StringComparison.Ordinal)..pdf.IndexOf("7 · Risks", StringComparison.Ordinal)];
        messages.ShouldContain("Deceptive job adverts are trafficking.");
        messages.ShouldContain("Evidence: Palermo Protocol, article 3.");
    }

    [Fact]
    public async Task Risks_are_rated_and_placed_on_the_heat_map()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await browser.CreateCampaignAsync(AdvocacyHelpers.Unique("Risks"));
        foreach (var (likelihood, impact, category) in new[] { ("High", "High", "LackOfResources"), ("Low", "Medium", "LackOfPublicSupport"), ("High", "High", "ProgrammaticOrSafety") })
        {
            await browser.SaveAsync($"/advocacy/{id}/risks/new", "risk", new()
            {
                ["Input.Category"] = category, ["Input.Description"] = $"{category} risk", ["Input.Likelihood"] = likelihood, ["Input.Impact"] = impact,
                ["Input.Mitigation"] = "Build a coalition", ["Input.Owner"] = "Noor", ["Input.Status"] = "Open",
            });
        }

        var page = await browser.PageAsync($"/advocacy/{id}/risks");

        var heat = page.QuerySelector("svg[aria-labelledby='heat-title heat-desc']")!;
        heat.QuerySelectorAll("g > title").Select(t => t.TextContent).ShouldContain("Likelihood High, impact High: 2 risk(s)");
        heat.QuerySelector("desc")!.TextContent.ShouldContain("#2 LackOfPublicSupport risk: likelihood Low, impact Medium, overall Low.");
        page.QuerySelectorAll("td .pill.High").Length.ShouldBe(2);
        page.Body!.TextContent.ShouldContain("Lack of funding or people");
    }
}

public sealed class PlanTestsOnSqlite(SqliteApp app) : PlanTests(app), IClassFixture<SqliteApp>;

public sealed class PlanTestsOnPostgres(PostgresApp app) : PlanTests(app), IClassFixture<PostgresApp>;
