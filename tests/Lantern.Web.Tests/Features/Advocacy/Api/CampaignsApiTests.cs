using System.Net;
using System.Text.Json;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Features.Surveys.Api;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Advocacy.Api;

/// <summary>The planner through /api/campaigns: every step's items on the advocacy commands, members, history and private campaigns.</summary>
public abstract class CampaignsApiTests(LanternFactory app)
{
    private static object Campaign(string name, bool isPrivate = false) => new
    {
        name, status = "Active", issueOfConcern = "Deceptive job adverts recruit displaced women.", vision = "A world free of e-trafficking.",
        startDate = "2026-01-01", endDate = "2026-12-31", isPrivate,
    };

    [Fact]
    public async Task A_coordinator_plans_a_campaign_step_by_step_and_reads_it_back_whole()
    {
        var api = await app.ApiAs(Role.Coordinator);
        var id = (await api.PostJsonAsync("/api/campaigns", Campaign(AdvocacyHelpers.Unique("Safer job ads")))).Id();
        var root = $"/api/campaigns/{id}";

        await api.PutJsonAsync($"{root}/public-message", new { message = "No job is worth your freedom.", evidence = "ILO 2022 estimates" });
        await api.PostJsonAsync($"{root}/evidence", new { kind = "Figure", title = "Victims recruited online", figure = "75%", source = "Survey 2025" });
        await api.PostJsonAsync($"{root}/objectives", new { statement = "Platforms add a report button.", measurableTarget = "Three platforms", dueDate = "2026-09-30" });
        var target = (await api.PostJsonAsync($"{root}/targets", new { name = "Job platforms", group = "TechnologySector", impact = "High", influence = "Difficult" })).Id();
        var tactic = (await api.PostJsonAsync($"{root}/tactics", new { kind = "Public", title = "Open letter" })).Id();
        await api.PostJsonAsync($"{root}/activities", new { tacticId = tactic, title = "Draft the letter", startDate = "2026-02-01", endDate = "2026-02-14", owner = "Ana" });
        await api.PostJsonAsync($"{root}/messages", new { targetId = target, text = "Add a report button.", evidence = "Three in four victims were recruited online." });
        await api.PostJsonAsync($"{root}/risks", new { category = "LackOfResources", description = "Nobody to staff the helpline", likelihood = "High", impact = "High", mitigation = "Partner with the hotline" });
        var indicator = (await api.PostJsonAsync($"{root}/indicators", new
        {
            kind = "Outcome", name = "Platforms with a report button", unit = "platforms", baseline = 0, baselineDate = "2026-01-01", targetValue = 3, dueDate = "2026-12-31",
        })).Id();
        await api.PostJsonAsync($"{root}/indicators/{indicator}/readings", new { date = "2026-06-01", value = 1, note = "First one" });
        await api.PutJsonAsync($"{root}/evaluations/MidTerm", new { answers = new[] { new { questionCode = "mid-tactics", answer = "Partly", notes = "Add a petition" } } });
        await api.PostJsonAsync($"{root}/media-kit", new { kind = "Faq", title = "What is e-trafficking?", body = "Recruitment online." });
        await api.PostJsonAsync($"{root}/cards", new { headline = "3 in 4 victims were recruited online", figure = "75%", palette = "Ember" });

        var whole = await api.GetJsonAsync(root);
        whole.GetProperty("campaign").GetProperty("publicMessage").GetString().ShouldBe("No job is worth your freedom.");
        whole.GetProperty("members").GetArrayLength().ShouldBe(1, "whoever starts a campaign is its first member");
        whole.GetProperty("evidence")[0].GetProperty("figure").GetString().ShouldBe("75%");
        whole.GetProperty("objectives")[0].GetProperty("dueDate").GetString().ShouldBe("2026-09-30");
        whole.GetProperty("tactics")[0].GetProperty("activities")[0].GetProperty("owner").GetString().ShouldBe("Ana");
        whole.GetProperty("messages")[0].GetProperty("targetId").GetInt32().ShouldBe(target);
        whole.GetProperty("risks")[0].GetProperty("rating").GetString().ShouldBe("High");
        var readIndicator = whole.GetProperty("indicators")[0];
        readIndicator.GetProperty("readings")[0].GetProperty("value").GetDouble().ShouldBe(1);
        readIndicator.GetProperty("status").GetString().ShouldNotBe("NoReadings");
        whole.GetProperty("evaluation").EnumerateArray().Single(q => q.GetProperty("questionCode").GetString() == "mid-tactics").GetProperty("answer").GetString().ShouldBe("Partly");
        whole.GetProperty("mediaKit").GetArrayLength().ShouldBe(1);
        whole.GetProperty("socialCards")[0].GetProperty("palette").GetString().ShouldBe("Ember");
    }

    [Fact]
    public async Task Items_are_listed_changed_and_deleted_and_the_history_pages_through_the_changes()
    {
        var api = await app.ApiAs(Role.Coordinator);
        var id = (await api.PostJsonAsync("/api/campaigns", Campaign(AdvocacyHelpers.Unique("History")))).Id();
        var root = $"/api/campaigns/{id}";
        var risk = (await api.PostJsonAsync($"{root}/risks", new { description = "Backlash", mitigation = "Prepare answers" })).Id();

        var changed = await api.PutJsonAsync($"{root}/risks/{risk}", new { description = "Backlash online", mitigation = "Prepare answers", likelihood = "Low", status = "Mitigated" });
        var one = await api.GetJsonAsync($"{root}/risks/{risk}");
        await api.DeleteAsync($"{root}/risks/{risk}", HttpStatusCode.NoContent);
        var left = await api.GetJsonAsync($"{root}/risks");
        await api.PutJsonAsync(root, Campaign("History, renamed"));
        var firstPage = await api.GetJsonAsync($"{root}/history?pageSize=2");
        var riskHistory = await api.GetJsonAsync($"{root}/history?type=Risk&itemId={risk}");

        changed.GetProperty("status").GetString().ShouldBe("Mitigated");
        one.GetProperty("description").GetString().ShouldBe("Backlash online");
        left.GetArrayLength().ShouldBe(0);
        firstPage.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        firstPage.GetProperty("items").GetArrayLength().ShouldBe(2);
        firstPage.GetProperty("items")[0].GetProperty("itemType").GetString().ShouldBe("Campaign", "the newest change comes first");
        riskHistory.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("action").GetString()).ShouldBe(["Deleted", "Changed", "Added"]);
        await api.DeleteAsync($"{root}/risks/{risk}", HttpStatusCode.NotFound);
        await api.GetJsonAsync($"{root}/objectives/999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_items_answer_400_with_their_fields_and_nothing_is_saved()
    {
        var api = await app.ApiAs(Role.Coordinator);
        var id = (await api.PostJsonAsync("/api/campaigns", Campaign(AdvocacyHelpers.Unique("Checked")))).Id();
        var root = $"/api/campaigns/{id}";

        var unnamed = await api.PostJsonAsync("/api/campaigns", new { name = "" }, HttpStatusCode.BadRequest);
        var backwards = await api.PostJsonAsync("/api/campaigns", new { name = "Backwards", startDate = "2026-06-01", endDate = "2026-01-01" }, HttpStatusCode.BadRequest);
        var objective = await api.PostJsonAsync($"{root}/objectives", new { statement = "Something", measurableTarget = "Measurable" }, HttpStatusCode.BadRequest);
        var activity = await api.PostJsonAsync($"{root}/activities", new { tacticId = 999999, title = "Orphan", startDate = "2026-03-01", endDate = "2026-02-01", owner = "Ana" }, HttpStatusCode.BadRequest);
        var evaluation = await api.PutJsonAsync($"{root}/evaluations/Final", new { answers = new[] { new { questionCode = "mid-tactics", answer = "Yes" } } }, HttpStatusCode.BadRequest);
        var member = await api.PostJsonAsync($"{root}/members", new { email = "nobody@lantern.test" }, HttpStatusCode.BadRequest);

        unnamed.ErrorFields().ShouldBe(["Name"]);
        backwards.ErrorFields().ShouldBe(["EndDate"]);
        objective.ErrorFields().ShouldBe(["DueDate"]);
        activity.ErrorFields().ShouldBe(["EndDate", "TacticId"], ignoreOrder: true);
        evaluation.ErrorFields().ShouldBe(["Answers[0]"]);
        member.ErrorFields().ShouldBe(["Email"]);
        (await api.GetJsonAsync($"{root}/objectives")).GetArrayLength().ShouldBe(0);
        await api.PostJsonAsync($"{root}/indicators/999999/readings", new { date = "2026-06-01", value = 1 }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_private_campaign_is_invisible_to_non_members_until_they_are_added()
    {
        var owner = await app.ApiAs(Role.Coordinator);
        var other = await app.ApiAs(Role.Administrator);
        var otherEmail = await app.EnsureUser(Role.Administrator);
        var id = (await owner.PostJsonAsync("/api/campaigns", Campaign(AdvocacyHelpers.Unique("Private"), isPrivate: true))).Id();
        var root = $"/api/campaigns/{id}";
        await owner.PostJsonAsync($"{root}/objectives", new { statement = "Quiet work", measurableTarget = "One meeting", dueDate = "2026-05-01" });

        foreach (var url in new[] { root, $"{root}/objectives", $"{root}/members", $"{root}/history", $"{root}/evidence", $"{root}/evaluations" })
        {
            await other.GetJsonAsync(url, HttpStatusCode.NotFound);
        }

        await other.PutJsonAsync(root, Campaign("Taken over"), HttpStatusCode.NotFound);
        await other.PostJsonAsync($"{root}/objectives", new { statement = "Sneaky", measurableTarget = "None", dueDate = "2026-05-01" }, HttpStatusCode.NotFound);
        (await other.GetJsonAsync("/api/campaigns?pageSize=500")).GetProperty("items").EnumerateArray().ShouldNotContain(c => c.Id() == id);

        var added = await owner.PostJsonAsync($"{root}/members", new { email = otherEmail });
        await other.GetJsonAsync(root);
        (await owner.GetJsonAsync($"{root}/members")).EnumerateArray().Select(m => m.GetProperty("email").GetString()).ShouldContain(otherEmail);
        added.EnumerateObject().Select(p => p.Name).ShouldBe(["userId", "email", "displayName"], "a member is shown by id, email and name, never with account secrets");
        await owner.DeleteAsync($"{root}/members/{added.GetProperty("userId").GetString()}", HttpStatusCode.NoContent);
        await other.GetJsonAsync(root, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Viewers_read_campaigns_but_may_not_change_them()
    {
        var id = (await (await app.ApiAs(Role.Coordinator)).PostJsonAsync("/api/campaigns", Campaign(AdvocacyHelpers.Unique("Open")))).Id();
        var viewer = await app.ApiAs(Role.Viewer);

        var read = await viewer.GetJsonAsync($"/api/campaigns/{id}");
        await viewer.PostJsonAsync("/api/campaigns", Campaign("Viewer's"), HttpStatusCode.Forbidden);
        await viewer.PostJsonAsync($"/api/campaigns/{id}/risks", new { description = "x", mitigation = "y" }, HttpStatusCode.Forbidden);

        read.GetProperty("campaign").GetProperty("status").ValueKind.ShouldBe(JsonValueKind.String);
    }
}

public sealed class CampaignsApiTestsOnSqlite(SqliteApp app) : CampaignsApiTests(app), IClassFixture<SqliteApp>;

public sealed class CampaignsApiTestsOnPostgres(PostgresApp app) : CampaignsApiTests(app), IClassFixture<PostgresApp>;
