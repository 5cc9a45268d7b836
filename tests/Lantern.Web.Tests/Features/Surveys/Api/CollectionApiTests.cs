using System.Net;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Features.Surveys.Collection;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys.Api;

/// <summary>Waves, responses sent through the API as the public link stores them, and responses read back a page at a time.</summary>
public abstract class CollectionApiTests(LanternFactory app)
{
    private static readonly object MemberAnswers = new
    {
        age = 34, member = "yes", groups = 2, ief1 = "4", platforms = new[] { "whatsapp", "facebook" }, since = "2021-03-15",
    };

    [Fact]
    public async Task A_wave_is_created_opened_closed_and_listed_with_its_counts()
    {
        var api = await app.ApiAs(Role.Coordinator);
        var surveyId = await app.CreateSurveyAsync();

        var created = await api.PostJsonAsync($"/api/surveys/{surveyId}/waves", new { name = "Autumn", opensAt = "2099-01-01T00:00:00Z" });
        var waveId = created.Id();
        var opened = await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{waveId}/open", null, HttpStatusCode.OK);
        await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{waveId}/responses", new { answers = MemberAnswers });
        var closed = await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{waveId}/close", null, HttpStatusCode.OK);
        var renamed = await api.PutJsonAsync($"/api/surveys/{surveyId}/waves/{waveId}", new { name = "Autumn 2026", closesAt = "2020-01-01T00:00:00Z" });
        var list = await api.GetJsonAsync($"/api/surveys/{surveyId}/waves");

        created.GetProperty("status").GetString().ShouldBe("NotYetOpen");
        created.GetProperty("publicLink").GetString()!.ShouldStartWith("/s/");
        opened.GetProperty("status").GetString().ShouldBe("Open");
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        renamed.GetProperty("name").GetString().ShouldBe("Autumn 2026");
        var wave = list.EnumerateArray().Single();
        wave.GetProperty("responses").GetInt32().ShouldBe(1);
        wave.GetProperty("status").GetString().ShouldBe("Closed");
        await api.PostJsonAsync($"/api/surveys/{surveyId}/waves", new { name = "Backwards", opensAt = "2026-06-01T00:00:00Z", closesAt = "2026-01-01T00:00:00Z" }, HttpStatusCode.BadRequest);
        await api.GetJsonAsync($"/api/surveys/{surveyId}/waves/999999", HttpStatusCode.NotFound);
        await api.DeleteAsync($"/api/surveys/{surveyId}/waves/{waveId}", HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_response_sent_through_the_api_is_checked_and_stored_anonymously_like_the_public_links()
    {
        var api = await app.ApiAs(Role.Researcher);
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var before = await app.Db(db => db.Set<AuditRecord>().MaxAsync(r => (long?)r.Id)) ?? 0;

        var receipt = await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{wave.Id}/responses", new { answers = MemberAnswers, language = "it" });

        receipt.GetProperty("language").GetString().ShouldBe("it");
        var stored = (await app.ResponsesAsync(surveyId)).Single();
        stored.Origin.ShouldBe(ResponseOrigin.PublicLink);
        stored.WaveId.ShouldBe(wave.Id);
        var answers = await app.AnswersByNameAsync(stored);
        answers["platforms"].ShouldBe("facebook whatsapp", "choices are stored in the instrument's order, as the form stores them");
        answers["age"].ShouldBe("34");
        var records = await app.Db(db => db.Set<AuditRecord>().Where(r => r.Id > before && r.EntityType == nameof(SurveyResponse)).ToListAsync());
        records.ShouldHaveSingleItem().Channel.ShouldBe(AuditChannel.Anonymous, "the trail must not tie a response to whoever sent it");
        records[0].EntityId.ShouldBeNull();
    }

    [Fact]
    public async Task A_bad_answer_a_closed_wave_and_a_used_invitation_are_refused()
    {
        var api = await app.ApiAs(Role.Coordinator);
        var surveyId = await app.CreateSurveyAsync();
        var open = await app.CreateWaveAsync(surveyId);
        var closed = await app.CreateWaveAsync(surveyId, closesAt: DateTime.UtcNow.AddDays(-1));
        var invited = await app.CreateWaveAsync(surveyId, requiresInvitation: true);
        var tokens = await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{invited.Id}/invitations", new { count = 1 }, HttpStatusCode.OK);
        var token = tokens.GetProperty("tokens")[0].GetString();

        var bad = await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{open.Id}/responses",
            new { answers = new { age = 200, member = "yes", groups = 1, ief1 = "9", since = "2021-03-15", shoe_size = 42 } }, HttpStatusCode.BadRequest);
        await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{closed.Id}/responses", new { answers = MemberAnswers }, HttpStatusCode.Conflict);
        await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{invited.Id}/responses", new { answers = MemberAnswers }, HttpStatusCode.Conflict);
        await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{invited.Id}/responses", new { answers = MemberAnswers, invitation = token });
        await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/{invited.Id}/responses", new { answers = MemberAnswers, invitation = token }, HttpStatusCode.Conflict);
        await api.PostJsonAsync($"/api/surveys/{surveyId}/waves/999999/responses", new { answers = MemberAnswers }, HttpStatusCode.NotFound);

        bad.ErrorFields().ShouldBe(["answers.age", "answers.ief1", "answers.shoe_size"], ignoreOrder: true);
        (await app.ResponsesAsync(surveyId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Only_roles_that_may_import_send_responses_and_only_roles_that_may_export_read_them()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);

        foreach (var role in new[] { Role.Viewer, Role.Analyst, Role.Frontline })
        {
            await (await app.ApiAs(role)).PostJsonAsync($"/api/surveys/{surveyId}/waves/{wave.Id}/responses", new { answers = MemberAnswers }, HttpStatusCode.Forbidden);
        }

        await (await app.ApiAs(Role.Viewer)).GetJsonAsync($"/api/surveys/{surveyId}/responses", HttpStatusCode.Forbidden);
        await (await app.ApiAs(Role.Analyst)).GetJsonAsync($"/api/surveys/{surveyId}/responses");
    }

    [Fact]
    public async Task Responses_are_read_a_page_at_a_time_and_since_a_moment_and_each_read_is_audited()
    {
        var api = await app.ApiAs(Role.Analyst);
        var surveyId = await app.CreateSurveyAsync();
        var ageId = await app.Db(db => db.SurveyItems.Where(i => i.SurveyId == surveyId && i.Name == "age").Select(i => i.Id).SingleAsync());
        var day = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        await app.InsertAsync([.. Enumerable.Range(0, 3).Select(i => new SurveyResponse
        {
            SurveyId = surveyId, Origin = ResponseOrigin.Import, SubmittedAt = day.AddDays(i), AnswersJson = AnswerSheet.ToJson(new Dictionary<int, string> { [ageId] = $"{30 + i}" }),
        })]);
        var before = await app.Db(db => db.Set<AuditRecord>().MaxAsync(r => (long?)r.Id)) ?? 0;

        var first = await api.GetJsonAsync($"/api/surveys/{surveyId}/responses?pageSize=2");
        var second = await api.GetJsonAsync($"/api/surveys/{surveyId}/responses?pageSize=2&page=2");
        var since = await api.GetJsonAsync($"/api/surveys/{surveyId}/responses?since=2026-03-03T09:00:00Z");
        var none = await api.GetJsonAsync($"/api/surveys/{surveyId}/responses?since=2030-01-01T00:00:00%2B02:00");

        first.GetProperty("total").GetInt32().ShouldBe(3);
        first.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("answers").GetProperty("age").GetString()).ShouldBe(["30", "31"]);
        second.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("answers").GetProperty("age").GetString()).ShouldBe(["32"]);
        since.GetProperty("total").GetInt32().ShouldBe(2, "since keeps responses submitted at or after the moment");
        since.GetProperty("items")[0].GetProperty("submittedAt").GetDateTime().ShouldBe(day.AddDays(1));
        none.GetProperty("total").GetInt32().ShouldBe(0);
        var exports = await app.Db(db => db.Set<AuditRecord>().Where(r => r.Id > before && r.Action == AuditAction.Export && r.EntityType == "Survey").ToListAsync());
        exports.Count.ShouldBe(4);
        exports.ShouldAllBe(r => r.EntityId == surveyId.ToString(System.Globalization.CultureInfo.InvariantCulture) && r.Channel == AuditChannel.Api);
        await api.GetJsonAsync("/api/surveys/999999/responses", HttpStatusCode.NotFound);
    }
}

public sealed class CollectionApiTestsOnSqlite(SqliteApp app) : CollectionApiTests(app), IClassFixture<SqliteApp>;

public sealed class CollectionApiTestsOnPostgres(PostgresApp app) : CollectionApiTests(app), IClassFixture<PostgresApp>;
