using System.Net;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys.Collection;

/// <summary>The public link: consent, one section per page, checks on the server, and what is stored.</summary>
public abstract class PublicFormTests(LanternFactory app)
{
    private const string Agent = "LanternTestAgent/9.9 (respondent-phone)";

    [Fact]
    public async Task The_consent_statement_comes_before_any_question()
    {
        var wave = await app.CreateWaveAsync(await app.CreateSurveyAsync());

        var page = await app.AnonymousBrowser().PageAsync($"/s/{wave.PublicKey}");

        page.Body!.TextContent.ShouldContain(CollectionHelpers.Consent);
        page.QuerySelector("button[type=submit]")!.TextContent.ShouldBe("I agree, start");
        page.QuerySelectorAll("input[name^='a.'], textarea").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_form_is_shown_in_the_asked_language_and_falls_back_to_the_default()
    {
        var wave = await app.CreateWaveAsync(await app.CreateSurveyAsync());

        var italian = await app.AnonymousBrowser().PageAsync($"/s/{wave.PublicKey}?lang=it");
        var unknown = await app.AnonymousBrowser().PageAsync($"/s/{wave.PublicKey}?lang=xx");

        italian.Body!.TextContent.ShouldContain("La partecipazione è volontaria e anonima.");
        italian.QuerySelector("nav.languages a[hreflang=en]").ShouldNotBeNull("the consent page offers the other language");
        unknown.Body!.TextContent.ShouldContain(CollectionHelpers.Consent);
    }

    [Fact]
    public async Task A_complete_valid_submission_is_stored_with_its_answers_and_nothing_about_the_respondent()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var browser = app.AnonymousBrowser();
        browser.Client.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.77");

        var respondent = await Respondent.StartAsync(browser, $"/s/{wave.PublicKey}?lang=it");
        respondent.FieldNames.ShouldBe(["a.age", "a.member", "a.groups"]);
        respondent.Page.QuerySelector("label[for=q-age]")!.TextContent.ShouldContain("La tua età");
        respondent.Page.QuerySelector("#q-age")!.GetAttribute("inputmode").ShouldBe("numeric");
        (await respondent.SendAsync(CollectionHelpers.MemberPage1)).ShouldBe(HttpStatusCode.OK);
        respondent.FieldNames.ShouldBe(["a.ief1", "a.platforms", "a.comment", "a.reason"], "a member is asked why they joined");
        respondent.Page.QuerySelectorAll("input[name='a.ief1'][type=radio]").Length.ShouldBe(5);
        (await respondent.SendAsync(CollectionHelpers.Page2)).ShouldBe(HttpStatusCode.OK);
        respondent.Page.QuerySelector("#q-since")!.GetAttribute("type").ShouldBe("date");
        var final = await respondent.SendAsync(CollectionHelpers.MemberPage3);

        final.ShouldBe(HttpStatusCode.Redirect);
        respondent.Last!.Headers.Location!.OriginalString.ShouldEndWith($"/s/{wave.PublicKey}/thanks");
        (await browser.PageAsync($"/s/{wave.PublicKey}/thanks")).Body!.TextContent.ShouldContain("Thank you");
        var stored = (await app.ResponsesAsync(surveyId)).ShouldHaveSingleItem();
        stored.WaveId.ShouldBe(wave.Id);
        stored.Language.ShouldBe("it");
        (await app.AnswersByNameAsync(stored)).ShouldBe(new Dictionary<string, string>
        {
            ["age"] = "34", ["member"] = "yes", ["groups"] = "2", ["ief1"] = "4", ["platforms"] = "facebook whatsapp",
            ["comment"] = "Good work", ["since"] = "2021-03-15",
        }, ignoreOrder: true);
        var row = await RawRowAsync(stored.Id);
        row.ShouldNotContain(cell => cell.Contains("203.0.113.77") || cell.Contains("127.0.0.1") || cell.Contains("LanternTestAgent"));
    }

    [Fact]
    public async Task Invalid_answers_come_back_with_an_error_beside_each_question_and_nothing_is_stored()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var respondent = await Respondent.StartAsync(app.AnonymousBrowser(), $"/s/{wave.PublicKey}");

        var status = await respondent.SendAsync(new Dictionary<string, string[]> { ["a.age"] = ["twelve"] });

        status.ShouldBe(HttpStatusCode.OK);
        respondent.ErrorOf("age").ShouldBe("Enter a whole number.");
        respondent.ErrorOf("member").ShouldBe("This question needs an answer.");
        respondent.Page.QuerySelector("#q-age")!.GetAttribute("value").ShouldBe("twelve", "what was typed is kept for correcting");
        respondent.FieldNames.ShouldContain("a.age", "the same page comes back");
        (await app.ResponsesAsync(surveyId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_question_made_required_by_an_answer_on_its_own_page_is_asked_for_when_the_page_is_sent()
    {
        var wave = await app.CreateWaveAsync(await app.CreateSurveyAsync());
        var respondent = await Respondent.StartAsync(app.AnonymousBrowser(), $"/s/{wave.PublicKey}");

        await respondent.SendAsync(new Dictionary<string, string[]> { ["a.age"] = ["40"], ["a.member"] = ["yes"] });

        respondent.ErrorOf("groups").ShouldBe("This question needs an answer.");
        respondent.ErrorOf("age").ShouldBeNull();
    }

    [Fact]
    public async Task Tampered_hidden_answers_are_caught_by_the_final_check_and_nothing_is_stored()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var respondent = await Respondent.StartAsync(app.AnonymousBrowser(), $"/s/{wave.PublicKey}");
        await respondent.SendAsync(CollectionHelpers.MemberPage1);
        await respondent.SendAsync(CollectionHelpers.Page2);
        respondent.Page.QuerySelector("input[type=hidden][name='a.age']")!.GetAttribute("value").ShouldBe("34");

        var status = await respondent.SendAsync(new Dictionary<string, string[]>(CollectionHelpers.MemberPage3) { ["a.age"] = ["999"], ["a.ief1"] = ["9"] });

        status.ShouldBe(HttpStatusCode.OK);
        respondent.ErrorOf("age").ShouldBe("Enter a number from 16 to 120.");
        respondent.FieldNames.ShouldContain("a.age", "the page with the first bad answer comes back");
        (await app.ResponsesAsync(surveyId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_section_whose_condition_fails_is_skipped_and_answers_to_hidden_questions_are_dropped()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var respondent = await Respondent.StartAsync(app.AnonymousBrowser(), $"/s/{wave.PublicKey}");

        await respondent.SendAsync(new Dictionary<string, string[]> { ["a.age"] = ["52"], ["a.member"] = ["no"], ["a.groups"] = ["3"] });
        respondent.FieldNames.ShouldBe(["a.ief1", "a.platforms", "a.comment"], "a question on an earlier page's answer is left out when it does not apply");
        respondent.Page.QuerySelector("button[type=submit]")!.TextContent.ShouldBe("Send my answers", "the membership section will not be asked");
        var status = await respondent.SendAsync(new Dictionary<string, string[]> { ["a.ief1"] = ["2"] });

        status.ShouldBe(HttpStatusCode.Redirect);
        var stored = (await app.ResponsesAsync(surveyId)).ShouldHaveSingleItem();
        (await app.AnswersByNameAsync(stored)).ShouldBe(new Dictionary<string, string> { ["age"] = "52", ["member"] = "no", ["ief1"] = "2" }, ignoreOrder: true);
    }

    [Fact]
    public async Task A_last_page_posted_back_to_the_form_page_itself_is_stored_the_same_way()
    {
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        var respondent = await Respondent.StartAsync(app.AnonymousBrowser(), $"/s/{wave.PublicKey}");
        await respondent.SendAsync(CollectionHelpers.MemberPage1);
        await respondent.SendAsync(CollectionHelpers.Page2);
        respondent.Page.Forms.Single().GetAttribute("action").ShouldBe($"/s/{wave.PublicKey}/send", "the last page posts to the send endpoint");

        var status = await respondent.SendAsync(CollectionHelpers.MemberPage3, toPageItself: true);

        status.ShouldBe(HttpStatusCode.Redirect);
        respondent.Last!.Headers.Location!.AbsolutePath.ShouldBe($"/s/{wave.PublicKey}/thanks");
        (await app.AnswersByNameAsync((await app.ResponsesAsync(surveyId)).ShouldHaveSingleItem()))["since"].ShouldBe("2021-03-15");
    }

    [Fact]
    public async Task Closed_waves_not_yet_open_waves_and_unknown_links_are_refused_with_a_clear_page()
    {
        var surveyId = await app.CreateSurveyAsync();
        var closed = await app.CreateWaveAsync(surveyId, closesAt: DateTime.UtcNow.AddDays(-1));
        var future = await app.CreateWaveAsync(surveyId, opensAt: DateTime.UtcNow.AddDays(3));
        var browser = app.AnonymousBrowser();

        var closedPage = await browser.PageAsync($"/s/{closed.PublicKey}", HttpStatusCode.Gone);
        var futurePage = await browser.PageAsync($"/s/{future.PublicKey}", HttpStatusCode.Forbidden);
        var unknownPage = await browser.PageAsync($"/s/{WaveKeys.NewPublicKey()}", HttpStatusCode.NotFound);

        closedPage.QuerySelector("h1")!.TextContent.ShouldBe("This survey is closed");
        futurePage.QuerySelector("h1")!.TextContent.ShouldBe("This survey is not open yet");
        unknownPage.Forms.ShouldBeEmpty();
        closedPage.Forms.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_preview_walks_the_same_form_and_stores_nothing()
    {
        var surveyId = await app.CreateSurveyAsync();
        var browser = await app.BrowserAs(Role.Viewer);

        var respondent = await Respondent.StartAsync(browser, $"/surveys/{surveyId}/preview");
        await respondent.SendAsync(CollectionHelpers.MemberPage1);
        await respondent.SendAsync(CollectionHelpers.Page2);
        await respondent.SendAsync(CollectionHelpers.MemberPage3);

        respondent.Page.Body!.TextContent.ShouldContain("Preview finished");
        respondent.Page.Body!.TextContent.ShouldContain("2021-03-15");
        (await app.ResponsesAsync(surveyId)).ShouldBeEmpty();
    }

    /// <summary>Every column of a stored response as text, read past the entity model.</summary>
    private Task<List<string>> RawRowAsync(long id) => app.Db(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"SurveyResponses\" WHERE \"Id\" = {id}";
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
    });
}

public sealed class PublicFormTestsOnSqlite(SqliteApp app) : PublicFormTests(app), IClassFixture<SqliteApp>;

public sealed class PublicFormTestsOnPostgres(PostgresApp app) : PublicFormTests(app), IClassFixture<PostgresApp>;
