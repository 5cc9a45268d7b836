using System.Net;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Surveys.Collection;

/// <summary>Waves as staff manage them, invitations, and the response writer under contention.</summary>
public abstract class WaveTests(LanternFactory app)
{
    [Fact]
    public async Task A_researcher_adds_a_wave_with_a_random_link_and_dates_out_of_order_are_refused()
    {
        var surveyId = await app.CreateSurveyAsync();
        var browser = await app.BrowserAs(Role.Researcher);

        var backwards = await browser.SubmitAsync($"/surveys/{surveyId}/waves/new", "wave", new Dictionary<string, string>
        {
            ["Input.Name"] = "Backwards", ["Input.OpensAt"] = "2030-05-01T09:00", ["Input.ClosesAt"] = "2030-04-01T09:00",
        });
        var saved = await browser.SubmitAsync($"/surveys/{surveyId}/waves/new", "wave", new Dictionary<string, string>
        {
            ["Input.Name"] = "Autumn", ["Input.OpensAt"] = "2030-09-01T09:00", ["Input.ClosesAt"] = "2030-10-01T18:00",
        });

        backwards.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(backwards)).Body!.TextContent.ShouldContain("The wave must close after it opens.");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var wave = (await app.Db(db => db.SurveyWaves.Where(w => w.SurveyId == surveyId).ToListAsync())).ShouldHaveSingleItem();
        wave.Name.ShouldBe("Autumn");
        wave.PublicKey.Length.ShouldBe(22, "16 random bytes in base64url");
        wave.OpensAt.ShouldBe(new DateTime(2030, 9, 1, 9, 0, 0, DateTimeKind.Utc));
        var list = (await browser.PageAsync($"/surveys/{surveyId}/waves")).Body!.TextContent;
        list.ShouldContain("Autumn");
        list.ShouldContain("Not yet open");
        list.ShouldContain($"/s/{wave.PublicKey}");
    }

    [Fact]
    public async Task A_viewer_sees_the_waves_but_may_not_add_edit_or_delete_them()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var viewer = await app.BrowserAs(Role.Viewer);
        var token = await viewer.AntiforgeryTokenAsync($"/surveys/{surveyId}/waves");

        var list = await viewer.PageAsync($"/surveys/{surveyId}/waves");
        var create = await viewer.Client.GetAsync($"/surveys/{surveyId}/waves/new");
        var edit = await viewer.Client.GetAsync($"/surveys/{surveyId}/waves/{wave.Id}/edit");
        var invitations = await viewer.Client.GetAsync($"/surveys/{surveyId}/waves/{wave.Id}/invitations");
        var delete = await viewer.PostAsync($"/surveys/{surveyId}/waves/{wave.Id}/delete", [new("__RequestVerificationToken", token)]);

        list.Body!.TextContent.ShouldContain("Spring");
        list.QuerySelector($"form[action='/surveys/{surveyId}/waves/{wave.Id}/delete']").ShouldBeNull();
        foreach (var refused in new[] { create, edit, invitations, delete })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            refused.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
        }

        (await app.Db(db => db.SurveyWaves.AnyAsync(w => w.Id == wave.Id))).ShouldBeTrue();
    }

    [Fact]
    public async Task Deleting_a_wave_keeps_its_responses_and_closes_its_link()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        await app.InsertAsync(new SurveyResponse { SurveyId = surveyId, WaveId = wave.Id, AnswersJson = "{}", SubmittedAt = DateTime.UtcNow });
        var researcher = await app.BrowserAs(Role.Researcher);
        var token = await researcher.AntiforgeryTokenAsync($"/surveys/{surveyId}/waves");

        var delete = await researcher.PostAsync($"/surveys/{surveyId}/waves/{wave.Id}/delete", [new("__RequestVerificationToken", token)]);

        delete.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.ResponsesAsync(surveyId)).ShouldHaveSingleItem().WaveId.ShouldBeNull();
        await app.AnonymousBrowser().PageAsync($"/s/{wave.PublicKey}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_respondent_midway_through_a_wave_that_closes_is_sent_to_the_closed_page_and_nothing_is_stored()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var respondent = await Respondent.StartAsync(app.AnonymousBrowser(), $"/s/{wave.PublicKey}");
        var researcher = await app.BrowserAs(Role.Researcher);
        var closed = await researcher.SubmitAsync($"/surveys/{surveyId}/waves/{wave.Id}/edit", "wave", new Dictionary<string, string>
        {
            ["Input.Name"] = "Spring", ["Input.OpensAt"] = "", ["Input.ClosesAt"] = DateTime.UtcNow.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });
        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var status = await respondent.SendAsync(CollectionHelpers.MemberPage1);

        status.ShouldBe(HttpStatusCode.Gone);
        (await Browser.ParseAsync(respondent.Last!)).QuerySelector("h1")!.TextContent.ShouldBe("This survey is closed");
        (await app.ResponsesAsync(surveyId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Invitation_links_are_shown_once_stored_as_hashes_and_each_answers_only_once()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId, requiresInvitation: true);
        var researcher = await app.BrowserAs(Role.Researcher);

        var issued = await researcher.SubmitAsync($"/surveys/{surveyId}/waves/{wave.Id}/invitations", "invitations", new Dictionary<string, string> { ["Input.Count"] = "3" });
        var result = await Browser.ParseAsync(issued);
        var links = result.QuerySelector("textarea.invitation-links")!.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var tooMany = await researcher.SubmitAsync($"/surveys/{surveyId}/waves/{wave.Id}/invitations", "invitations", new Dictionary<string, string> { ["Input.Count"] = "5001" });

        result.Body!.TextContent.ShouldContain("shown only once");
        links.Length.ShouldBe(3);
        (await Browser.ParseAsync(tooMany)).Body!.TextContent.ShouldContain("Ask for 1 to 5000 invitations.");
        var tokens = links.Select(link => link[(link.IndexOf("?t=", StringComparison.Ordinal) + 3)..]).ToList();
        var hashes = await app.Db(db => db.WaveInvitations.Where(i => i.WaveId == wave.Id).Select(i => i.TokenHash).ToListAsync());
        hashes.ShouldBe(tokens.Select(WaveKeys.HashOf), ignoreOrder: true);

        var url = $"/s/{wave.PublicKey}?t={tokens[0]}";
        var first = await Respondent.StartAsync(app.AnonymousBrowser(), url);
        await first.SendAsync(CollectionHelpers.MemberPage1);
        await first.SendAsync(CollectionHelpers.Page2);
        (await first.SendAsync(CollectionHelpers.MemberPage3)).ShouldBe(HttpStatusCode.Redirect);

        var anonymous = app.AnonymousBrowser();
        (await anonymous.PageAsync(url, HttpStatusCode.Forbidden)).Body!.TextContent.ShouldContain("already been used");
        await anonymous.PageAsync($"/s/{wave.PublicKey}?t={WaveKeys.NewInvitationToken()}", HttpStatusCode.Forbidden);
        (await anonymous.PageAsync($"/s/{wave.PublicKey}", HttpStatusCode.Forbidden)).Body!.TextContent.ShouldContain("by invitation only");
        (await anonymous.PageAsync($"/s/{wave.PublicKey}?t={tokens[1]}")).Body!.TextContent.ShouldContain(CollectionHelpers.Consent);
        (await app.ResponsesAsync(surveyId)).Count.ShouldBe(1);
        (await researcher.PageAsync($"/surveys/{surveyId}/waves")).Body!.TextContent.ShouldContain("1 / 3");
    }

    [Fact]
    public async Task Of_many_submissions_racing_for_one_invitation_exactly_one_is_stored()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId, requiresInvitation: true);
        var token = WaveKeys.NewInvitationToken();
        await app.InsertAsync(new WaveInvitation { WaveId = wave.Id, TokenHash = WaveKeys.HashOf(token), CreatedAt = DateTime.UtcNow });
        var writer = app.Services.GetRequiredService<ResponseWriter>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => writer.SubmitAsync(Response(surveyId, wave.Id, $"racer {i}"), WaveKeys.HashOf(token)))));

        outcomes.Count(o => o == SubmissionOutcome.Stored).ShouldBe(1);
        outcomes.Count(o => o == SubmissionOutcome.InvitationRefused).ShouldBe(19);
        (await app.ResponsesAsync(surveyId)).Count.ShouldBe(1);
        (await app.Db(db => db.WaveInvitations.SingleAsync(i => i.WaveId == wave.Id))).Used.ShouldBeTrue();
    }

    [Fact]
    public async Task Every_acknowledged_submission_is_in_the_database_when_its_task_completes()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var writer = app.Services.GetRequiredService<ResponseWriter>();
        var stored = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
        {
            var marker = $"marker-{i}";
            (await writer.SubmitAsync(Response(surveyId, wave.Id, marker), null)).ShouldBe(SubmissionOutcome.Stored);
            // Read through a separate connection straight after the acknowledgement: the row must already be committed.
            var found = await app.Db(db => db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId && r.AnswersJson.Contains(marker + "\"")));
            found.ShouldBeTrue($"{marker} was acknowledged before it was committed");
            stored.Add(marker);
        });

        stored.Count.ShouldBe(2000);
        (await app.ResponsesAsync(surveyId)).Count.ShouldBe(2000);
    }

    [Fact]
    public async Task Stored_responses_keep_no_time_and_no_order_that_could_match_them_to_invitations()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId, requiresInvitation: true);
        var tokens = Enumerable.Range(0, 12).Select(_ => WaveKeys.NewInvitationToken()).ToList();
        await app.InsertAsync([.. tokens.Select(t => new WaveInvitation { WaveId = wave.Id, TokenHash = WaveKeys.HashOf(t), CreatedAt = DateTime.UtcNow })]);
        var writer = app.Services.GetRequiredService<ResponseWriter>();
        foreach (var (token, i) in tokens.Select((t, i) => (t, i)))
        {
            // One after another, as people answering through their links over the day.
            (await writer.SubmitAsync(Response(surveyId, wave.Id, $"arrival {i:D2}"), WaveKeys.HashOf(token))).ShouldBe(SubmissionOutcome.Stored);
        }

        var responses = await app.Db(db => db.SurveyResponses.Where(r => r.SurveyId == surveyId).ToListAsync());
        responses.Count.ShouldBe(12);
        responses.ShouldAllBe(r => r.SubmittedAt.TimeOfDay == TimeSpan.Zero);
        // Ids are random: sorted by id, the responses are not in the order they arrived (1 chance in 12! otherwise).
        var arrivalByIdOrder = responses.OrderBy(r => r.Id).Select(r => r.AnswersJson).ToList();
        arrivalByIdOrder.ShouldNotBe(arrivalByIdOrder.Order(StringComparer.Ordinal).ToList());
        responses.ShouldAllBe(r => r.Id > 0 && r.Id < (1L << 53));
        (await app.Db(db => db.WaveInvitations.Where(i => i.WaveId == wave.Id).CountAsync(i => i.Used))).ShouldBe(12);
    }

    private static SurveyResponse Response(int surveyId, int waveId, string comment) => new()
    {
        SurveyId = surveyId, WaveId = waveId, Origin = ResponseOrigin.PublicLink,
        AnswersJson = AnswerSheet.ToJson(new Dictionary<int, string> { [0] = comment }),
    };
}

public sealed class WaveTestsOnSqlite(SqliteApp app) : WaveTests(app), IClassFixture<SqliteApp>;

public sealed class WaveTestsOnPostgres(PostgresApp app) : WaveTests(app), IClassFixture<PostgresApp>;

/// <summary>A host with a low limit on public pages, to see the limiter answer respondents too.</summary>
public sealed class LowPublicRateLimitApp() : LanternFactory(Lantern.Web.Data.DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        ["RateLimits:PublicPerMinute"] = "3",
    };
}

public sealed class PublicFormRateLimitTests(LowPublicRateLimitApp app) : IClassFixture<LowPublicRateLimitApp>
{
    [Fact]
    public async Task Requests_to_a_public_link_beyond_the_limit_get_429()
    {
        var wave = await app.CreateWaveAsync(await app.CreateSurveyAsync());
        var client = app.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync($"/s/{wave.PublicKey}")).StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
