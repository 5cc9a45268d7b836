using System.Net;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys.Instruments;

/// <summary>What protects an instrument: stored answers, permissions, sign-in and antiforgery.</summary>
public abstract class InstrumentGuardTests(LanternFactory app)
{
    [Fact]
    public async Task Once_a_survey_has_responses_changes_that_would_break_stored_answers_are_refused_with_the_reason()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var (id, section, member, count) = await SmallSurveyAsync(researcher);
        await app.InsertAsync(new SurveyResponse { SurveyId = id, SubmittedAt = DateTime.UtcNow, AnswersJson = $$"""{"{{member}}":"yes"}""" });
        var edit = $"/surveys/{id}/items/{member}/edit";

        var delete = await researcher.PressAsync(id, "Delete member");
        var deleteSection = await researcher.PressAsync(id, "Delete section 1 and its items");
        var rename = await researcher.RefusedAsync(edit, "item", new Dictionary<string, string> { ["Input.Name"] = "membership" });
        var retype = await researcher.RefusedAsync(edit, "item", new Dictionary<string, string> { ["Input.Type"] = "MultipleChoice" });
        var dropChoice = await researcher.RefusedAsync(edit, "item", new Dictionary<string, string> { ["Input.Choices[en]"] = "yes = Yes" });
        var renameChoice = await researcher.RefusedAsync(edit, "item", new Dictionary<string, string> { ["Input.Choices[en]"] = "yes = Yes\nnope = No" });
        await researcher.SaveAsync(edit, "item", new Dictionary<string, string>
        {
            ["Input.Label[en]"] = "Are you a member of the coalition?", ["Input.Required"] = "true", ["Input.Choices[en]"] = "yes = Yes, I am\nno = No\nunsure = Not sure",
        });
        await researcher.SaveAsync($"/surveys/{id}/items/{count}/edit", "item", new Dictionary<string, string> { ["Input.ShowIf"] = "${member} = 'yes'" });
        await researcher.AddItemAsync(app, id, section, "added", ItemType.Text, "Anything else?");

        delete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await InstrumentBrowsing.ProblemsAsync(delete)).ShouldContain("This survey has responses, so item member cannot be deleted: stored answers refer to it.");
        deleteSection.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await InstrumentBrowsing.ProblemsAsync(deleteSection)).ShouldContain("This survey has responses, so the section");
        rename.ShouldContain("This survey has responses, so the variable name of member cannot change");
        retype.ShouldContain("This survey has responses, so the type of member cannot change");
        dropChoice.ShouldContain("This survey has responses, so choice values cannot be removed or changed: stored answers may use “no”.");
        renameChoice.ShouldContain("stored answers may use “no”");
        var saved = await app.Db(db => db.SurveyItems.Include(i => i.Choices).SingleAsync(i => i.Id == member));
        saved.Name.ShouldBe("member");
        saved.Type.ShouldBe(ItemType.SingleChoice);
        saved.Required.ShouldBeTrue();
        saved.Label.Texts["en"].ShouldBe("Are you a member of the coalition?");
        saved.Choices.OrderBy(c => c.Position).Select(c => c.Value).ShouldBe(["yes", "no", "unsure"]);
        (await app.ItemOrderAsync(id)).ShouldBe(["member", "visits", "added"]);
        (await researcher.PageAsync($"/surveys/{id}")).Body!.TextContent.ShouldContain("This survey has responses");
    }

    [Fact]
    public async Task A_viewer_reads_surveys_but_every_edit_page_and_button_is_denied()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var (id, section, member, _) = await SmallSurveyAsync(researcher);
        var viewer = await app.BrowserAs(Role.Viewer);
        var token = await viewer.AntiforgeryTokenAsync("/surveys");

        var list = await viewer.PageAsync("/surveys");
        var instrument = await viewer.PageAsync($"/surveys/{id}");
        var pages = new[]
        {
            "/surveys/new", $"/surveys/{id}/settings", $"/surveys/{id}/translations", $"/surveys/{id}/delete", $"/surveys/{id}/sections/new",
            $"/surveys/{id}/sections/{section}/edit", $"/surveys/{id}/sections/{section}/items/new", $"/surveys/{id}/items/{member}/edit", $"/surveys/{id}/scales/new",
        };
        var buttons = new[]
        {
            "/surveys/from-template", $"/surveys/{id}/items/{member}/delete", $"/surveys/{id}/items/{member}/down",
            $"/surveys/{id}/sections/{section}/delete", $"/surveys/{id}/sections/{section}/up",
        };

        list.Body!.TextContent.ShouldContain("Cohesion check");
        list.QuerySelectorAll("a, button").Select(e => e.TextContent).ShouldNotContain("New survey");
        instrument.Body!.TextContent.ShouldContain("Are you a member?");
        instrument.QuerySelectorAll("a").Select(a => a.TextContent).ShouldNotContain("Edit");
        instrument.QuerySelectorAll("form[action^='/surveys/']").ShouldBeEmpty();
        foreach (var url in pages)
        {
            var response = await viewer.Client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied", url);
        }

        foreach (var url in buttons)
        {
            var response = await viewer.PostAsync(url, [new("__RequestVerificationToken", token)]);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied", url);
        }

        // Signed in with a cookie, a refusal sends the person to the "denied" page; by API token it is a plain 403.
        var api = await app.ApiAs(Role.Viewer);
        foreach (var url in pages)
        {
            (await api.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        foreach (var url in buttons)
        {
            (await api.PostAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        var renamed = await viewer.PostAsync($"/surveys/{id}/items/{member}/edit", [new("__RequestVerificationToken", token), new("_handler", "item"), new("Input.Name", "sneaky")]);
        renamed.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
        (await app.ItemOrderAsync(id)).ShouldBe(["member", "visits"]);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        var anonymous = app.AnonymousBrowser();

        foreach (var url in new[] { "/surveys", "/surveys/1", "/surveys/new" })
        {
            var response = await anonymous.Client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in", url);
        }
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_changes_nothing()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var (id, _, member, _) = await SmallSurveyAsync(researcher);

        var delete = await researcher.PostAsync($"/surveys/{id}/items/{member}/delete", []);
        var template = await researcher.PostAsync("/surveys/from-template", []);
        var edit = await researcher.PostAsync($"/surveys/{id}/items/{member}/edit", [new("_handler", "item"), new("Input.Name", "forged"), new("Input.Label[en]", "x")]);

        delete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        template.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        edit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ItemOrderAsync(id)).ShouldBe(["member", "visits"]);
    }

    [Fact]
    public async Task A_survey_is_deleted_only_after_the_confirmation_step()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var (id, _, _, _) = await SmallSurveyAsync(researcher);

        var confirm = await researcher.PageAsync($"/surveys/{id}/delete");
        var stillThere = await app.Db(db => db.Surveys.AnyAsync(s => s.Id == id));
        var response = await researcher.FillAsync($"/surveys/{id}/delete", "delete-survey", new Dictionary<string, string>());

        confirm.Body!.TextContent.ShouldContain("removes its 2 items");
        stillThere.ShouldBeTrue("opening the confirmation deletes nothing");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/surveys");
        (await app.Db(db => db.Surveys.AnyAsync(s => s.Id == id))).ShouldBeFalse();
        (await app.Db(db => db.SurveyItems.AnyAsync(i => i.SurveyId == id))).ShouldBeFalse();
        (await researcher.Client.GetAsync($"/surveys/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>A survey with one section: a yes/no item "member" and a count "visits".</summary>
    private async Task<(int Survey, int Section, int Member, int Visits)> SmallSurveyAsync(Browser researcher)
    {
        var id = await researcher.CreateSurveyAsync("Cohesion check");
        var section = await researcher.AddSectionAsync(app, id, "Membership");
        var member = await researcher.AddItemAsync(app, id, section, "member", ItemType.SingleChoice, "Are you a member?", new() { ["Input.Choices[en]"] = "yes = Yes\nno = No" });
        var visits = await researcher.AddItemAsync(app, id, section, "visits", ItemType.WholeNumber, "Visits this year");
        return (id, section, member, visits);
    }
}

public sealed class InstrumentGuardTestsOnSqlite(SqliteApp app) : InstrumentGuardTests(app), IClassFixture<SqliteApp>;

public sealed class InstrumentGuardTestsOnPostgres(PostgresApp app) : InstrumentGuardTests(app), IClassFixture<PostgresApp>;
