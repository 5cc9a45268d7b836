using System.Net;
using Lantern.Web.Features.Surveys.Conditions;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys.Instruments;

/// <summary>Building an instrument in the browser: from the template or by hand, sections, items, scales and translations.</summary>
public abstract class InstrumentBuilderTests(LanternFactory app)
{
    [Fact]
    public async Task A_survey_made_from_the_template_has_its_items_scales_and_both_path_models()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var template = PoliticalEfficacyTemplate.Build(DateTime.UtcNow);

        var id = await researcher.CreateFromTemplateAsync();

        var items = await app.ItemOrderAsync(id);
        items.ShouldBe(template.Items.Select(i => i.Name));
        var scales = await app.Db(db => db.Set<SurveyScale>().Include(s => s.Items).Where(s => s.SurveyId == id).ToListAsync());
        scales.Select(s => s.Name).Order().ShouldBe(template.Scales.Select(s => s.Name).Order());
        scales.Single(s => s.Name == "external_efficacy").Items.Count(m => m.Reversed).ShouldBe(5);
        var analyses = await app.Db(db => db.SurveyAnalyses.Where(a => a.SurveyId == id).OrderBy(a => a.Name).ToListAsync());
        analyses.Select(a => a.Name).ShouldBe(PoliticalEfficacyTemplate.Models.Select(m => m.Name).Order());
        analyses.Select(a => a.BootstrapDraws).ShouldBe([0, 1000], "only the model with indirect effects is bootstrapped");
        analyses.ShouldAllBe(a => a.Seed == 1);
        var page = (await researcher.PageAsync($"/surveys/{id}")).Body!.TextContent;
        page.ShouldContain("I consider myself well qualified to take part in politics.");
        page.ShouldContain("7 points: Strongly disagree … Strongly agree");
        page.ShouldContain("ief4 (reversed)");
        var list = (await researcher.PageAsync("/surveys")).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        list.ShouldContain(row => row.Contains(template.Title) && row.Contains(template.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Sections_and_items_are_added_edited_moved_and_deleted_and_each_change_updates_the_survey()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var id = await researcher.CreateSurveyAsync("Volunteer check-in");
        var first = await researcher.AddSectionAsync(app, id, "Your work");
        var second = await researcher.AddSectionAsync(app, id, "About you");
        await researcher.AddItemAsync(app, id, first, "hours", ItemType.WholeNumber, "Hours volunteered last month",
            new() { ["Input.Minimum"] = "0", ["Input.Maximum"] = "300", ["Input.Required"] = "true" });
        var mood = await researcher.AddItemAsync(app, id, first, "mood", ItemType.Likert, "I enjoy the work", new() { ["Input.LikertPoints"] = "5" });
        await researcher.AddItemAsync(app, id, second, "age", ItemType.WholeNumber, "Age");
        var stamp = await UpdatedAtAsync(id);

        await researcher.SaveAsync($"/surveys/{id}/items/{mood}/edit", "item", new Dictionary<string, string> { ["Input.Label[en]"] = "I enjoy volunteering" });
        var afterEdit = await UpdatedAtAsync(id);
        (await researcher.PressAsync(id, "Move mood up")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var afterMove = await app.ItemOrderAsync(id);
        await researcher.SaveAsync($"/surveys/{id}/items/{mood}/edit", "item", new Dictionary<string, string> { ["Input.SectionId"] = $"{second}" });
        var afterSectionChange = await app.ItemOrderAsync(id);
        (await researcher.PressAsync(id, "Move section 1 down")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var afterSectionMove = await app.ItemOrderAsync(id);
        (await researcher.PressAsync(id, "Delete age")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await researcher.PressAsync(id, "Delete section 2 and its items")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        afterEdit.ShouldBeGreaterThan(stamp);
        afterMove.ShouldBe(["mood", "hours", "age"]);
        afterSectionChange.ShouldBe(["hours", "age", "mood"]);
        afterSectionMove.ShouldBe(["age", "mood", "hours"]);
        (await app.ItemOrderAsync(id)).ShouldBe(["mood"], "deleting the section of hours deleted hours with it");
        (await app.Db(db => db.Set<SurveySection>().Where(s => s.SurveyId == id).Select(s => s.Id).ToListAsync())).ShouldBe([second]);
        (await UpdatedAtAsync(id)).ShouldBeGreaterThan(afterEdit);
        var page = (await researcher.PageAsync($"/surveys/{id}")).Body!.TextContent;
        page.ShouldContain("I enjoy volunteering");
        page.ShouldContain("5 points: Strongly disagree … Strongly agree");
        page.ShouldNotContain("Hours volunteered last month");
    }

    [Fact]
    public async Task An_item_moved_to_another_section_goes_to_its_end()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var id = await researcher.CreateSurveyAsync("Mover");
        var first = await researcher.AddSectionAsync(app, id, "One");
        var second = await researcher.AddSectionAsync(app, id, "Two");
        var moving = await researcher.AddItemAsync(app, id, first, "q1");
        await researcher.AddItemAsync(app, id, first, "q2");
        await researcher.AddItemAsync(app, id, second, "q3");
        var stamp = await UpdatedAtAsync(id);

        (await researcher.PressAsync(id, "Move q1 up")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var afterNothing = await UpdatedAtAsync(id);
        await researcher.SaveAsync($"/surveys/{id}/items/{moving}/edit", "item", new Dictionary<string, string> { ["Input.SectionId"] = $"{second}" });

        afterNothing.ShouldBe(stamp, "moving the first item up changes nothing, so the survey is not marked as updated");
        (await UpdatedAtAsync(id)).ShouldBeGreaterThan(stamp);
        (await app.ItemOrderAsync(id)).ShouldBe(["q2", "q3", "q1"]);
        (await app.Db(db => db.SurveyItems.Where(i => i.SurveyId == id).OrderBy(i => i.Name).Select(i => i.Position).ToListAsync())).ShouldBe([2, 1, 1]);
    }

    [Fact]
    public async Task Invalid_and_duplicate_variable_names_are_refused_with_the_field_named()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var id = await researcher.CreateSurveyAsync("Names");
        var section = await researcher.AddSectionAsync(app, id, "Only");
        var kept = await researcher.AddItemAsync(app, id, section, "trust");
        await researcher.SaveAsync($"/surveys/{id}/scales/new", "scale", new Dictionary<string, string> { ["Input.Name"] = "trust_score", [$"Input.Members[{kept}]"] = "In" });
        var url = $"/surveys/{id}/sections/{section}/items/new";

        var digitFirst = await researcher.FillAsync(url, "item", new Dictionary<string, string> { ["Input.Name"] = "1trust", ["Input.Label[en]"] = "x" });
        var space = await researcher.RefusedAsync(url, "item", new Dictionary<string, string> { ["Input.Name"] = "my item", ["Input.Label[en]"] = "x" });
        var duplicate = await researcher.RefusedAsync(url, "item", new Dictionary<string, string> { ["Input.Name"] = "trust", ["Input.Label[en]"] = "x" });
        var scaleName = await researcher.RefusedAsync(url, "item", new Dictionary<string, string> { ["Input.Name"] = "trust_score", ["Input.Label[en]"] = "x" });
        var scaleTakingItemName = await researcher.RefusedAsync($"/surveys/{id}/scales/new", "scale", new Dictionary<string, string> { ["Input.Name"] = "trust", [$"Input.Members[{kept}]"] = "In" });
        var noLabel = await researcher.RefusedAsync(url, "item", new Dictionary<string, string> { ["Input.Name"] = "fine_name" });

        (await InstrumentBrowsing.FieldMessagesAsync(digitFirst)).ShouldContain(m => m.StartsWith("Variable name “1trust” is not valid", StringComparison.Ordinal));
        space.ShouldContain("Variable name “my item” is not valid");
        duplicate.ShouldContain("Variable name “trust” is already used by another item of this survey.");
        scaleName.ShouldContain("Variable name “trust_score” is already used by a scale of this survey.");
        scaleTakingItemName.ShouldContain("Variable name “trust” is already used by an item of this survey.");
        noLabel.ShouldContain("Label (en): write the question in the default language.");
        (await app.ItemOrderAsync(id)).ShouldBe(["trust"]);
    }

    [Fact]
    public async Task A_show_if_must_parse_and_may_read_only_items_that_come_earlier()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var id = await researcher.CreateSurveyAsync("Conditions");
        var section = await researcher.AddSectionAsync(app, id, "Only");
        var member = await researcher.AddItemAsync(app, id, section, "member", ItemType.SingleChoice, "Are you a member?", new() { ["Input.Choices[en]"] = "yes = Yes\nno = No" });
        var since = await researcher.AddItemAsync(app, id, section, "since", ItemType.WholeNumber, "Since which year?", new() { ["Input.ShowIf"] = "${member} = 'yes'" });
        await researcher.AddItemAsync(app, id, section, "later", ItemType.Text, "Anything else?");
        var edit = $"/surveys/{id}/items/{since}/edit";

        var syntax = await researcher.RefusedAsync(edit, "item", new Dictionary<string, string> { ["Input.ShowIf"] = "${member} = = 'yes'" });
        var forward = await researcher.RefusedAsync(edit, "item", new Dictionary<string, string> { ["Input.ShowIf"] = "${later} != ''" });
        var unknown = await researcher.RefusedAsync(edit, "item", new Dictionary<string, string> { ["Input.ShowIf"] = "${nobody} = 'yes'" });
        var itself = await researcher.RefusedAsync(edit, "item", new Dictionary<string, string> { ["Input.ShowIf"] = "${since} > 2000" });
        var sectionForward = await researcher.RefusedAsync($"/surveys/{id}/sections/{section}/edit", "section", new Dictionary<string, string> { ["Input.ShowIf"] = "${member} = 'yes'" });
        var moveAbove = await researcher.PressAsync(id, "Move since up");
        var renameRead = await researcher.RefusedAsync($"/surveys/{id}/items/{member}/edit", "item", new Dictionary<string, string> { ["Input.Name"] = "is_member" });
        var deleteRead = await researcher.PressAsync(id, "Delete member");

        ShowIf.TryParse("${member} = = 'yes'", out _, out var expected).ShouldBeFalse();
        syntax.ShouldContain($"The show-if condition cannot be read at column {expected!.Column}: {expected.Reason}");
        forward.ShouldContain("refers to ${later}, which comes later in the instrument");
        unknown.ShouldContain("refers to ${nobody}, which is not an item of this survey");
        itself.ShouldContain("refers to ${since}, the item itself");
        sectionForward.ShouldContain("refers to ${member}, which comes later in the instrument");
        moveAbove.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await InstrumentBrowsing.ProblemsAsync(moveAbove)).ShouldContain("Item since: The show-if condition refers to ${member}, which comes later");
        renameRead.ShouldContain("Item since: The show-if condition refers to ${member}, which is not an item of this survey.");
        deleteRead.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await InstrumentBrowsing.ProblemsAsync(deleteRead)).ShouldContain("Item member cannot be deleted while a show-if reads its answer.");
        (await app.ItemOrderAsync(id)).ShouldBe(["member", "since", "later"]);
        (await app.Db(db => db.SurveyItems.Where(i => i.Id == since).Select(i => i.ShowIf).SingleAsync())).ShouldBe("${member} = 'yes'");
    }

    [Fact]
    public async Task Choices_need_valid_unique_values_and_likert_points_run_from_one()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var id = await researcher.CreateSurveyAsync("Choices", "en,it");
        var section = await researcher.AddSectionAsync(app, id, "Only");
        var url = $"/surveys/{id}/sections/{section}/items/new";
        Dictionary<string, string> Choice(string name, string english, string italian = "") => new()
        {
            ["Input.Name"] = name, ["Input.Type"] = "SingleChoice", ["Input.Label[en]"] = "Pick one", ["Input.Choices[en]"] = english, ["Input.Choices[it]"] = italian,
        };

        var spaced = await researcher.RefusedAsync(url, "item", Choice("c1", "yes = Yes\nnot sure = Not sure"));
        var twice = await researcher.RefusedAsync(url, "item", Choice("c2", "yes = Yes\nno = No\nyes = Again"));
        var noLabel = await researcher.RefusedAsync(url, "item", Choice("c3", "yes"));
        var strayItalian = await researcher.RefusedAsync(url, "item", Choice("c4", "yes = Yes", "si = Sì"));
        var none = await researcher.RefusedAsync(url, "item", Choice("c5", ""));
        var badLikert = await researcher.RefusedAsync(url, "item", new Dictionary<string, string>
        {
            ["Input.Name"] = "l1", ["Input.Type"] = "Likert", ["Input.LikertPoints"] = "5", ["Input.Label[en]"] = "Agree?", ["Input.Choices[en]"] = "1 = Low\n2 = High",
        });
        var bounds = await researcher.RefusedAsync(url, "item", new Dictionary<string, string>
        {
            ["Input.Name"] = "n1", ["Input.Type"] = "WholeNumber", ["Input.Label[en]"] = "How many?", ["Input.Minimum"] = "10", ["Input.Maximum"] = "2",
        });
        await researcher.AddItemAsync(app, id, section, "good", ItemType.SingleChoice, "Pick one", new() { ["Input.Choices[en]"] = "yes = Yes\nno = No", ["Input.Choices[it]"] = "yes = Sì" });

        spaced.ShouldContain("Choices (en), line 2: “not sure” is not a valid value");
        twice.ShouldContain("Choices (en), line 3: the value “yes” is used twice");
        noLabel.ShouldContain("Choices (en), line 1: write the line as “value = label”.");
        strayItalian.ShouldContain("Choices (it), line 1: “si” is not one of the values given in en.");
        none.ShouldContain("Choices (en): give at least one choice");
        badLikert.ShouldContain("a 5-point Likert item needs the points 1 to 5 in order");
        bounds.ShouldContain("The minimum (10) is larger than the maximum (2).");
        (await app.ItemOrderAsync(id)).ShouldBe(["good"]);
        var good = await app.Db(db => db.SurveyItems.Include(i => i.Choices).SingleAsync(i => i.SurveyId == id && i.Name == "good"));
        good.Choices.OrderBy(c => c.Position).Select(c => c.Value).ShouldBe(["yes", "no"]);
        good.Choices.Single(c => c.Value == "yes").Label.In("it", "en").ShouldBe("Sì");
        good.Choices.Single(c => c.Value == "no").Label.In("it", "en").ShouldBe("No", "an untranslated label falls back to the default language");
    }

    [Fact]
    public async Task A_scale_scores_likert_and_number_items_with_some_reversed()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var id = await researcher.CreateSurveyAsync("Scales");
        var section = await researcher.AddSectionAsync(app, id, "Only");
        var warm = await researcher.AddItemAsync(app, id, section, "warm");
        var cold = await researcher.AddItemAsync(app, id, section, "cold");
        var count = await researcher.AddItemAsync(app, id, section, "visits", ItemType.WholeNumber, "Visits");
        var note = await researcher.AddItemAsync(app, id, section, "note", ItemType.Text, "Anything else?");

        var textItem = await researcher.RefusedAsync($"/surveys/{id}/scales/new", "scale", new Dictionary<string, string>
        {
            ["Input.Name"] = "climate", [$"Input.Members[{warm}]"] = "In", [$"Input.Members[{note}]"] = "In",
        });
        var empty = await researcher.RefusedAsync($"/surveys/{id}/scales/new", "scale", new Dictionary<string, string> { ["Input.Name"] = "climate" });
        await researcher.SaveAsync($"/surveys/{id}/scales/new", "scale", new Dictionary<string, string>
        {
            ["Input.Name"] = "climate", ["Input.Label"] = "Group climate", ["Input.Scoring"] = "Sum",
            [$"Input.Members[{warm}]"] = "In", [$"Input.Members[{cold}]"] = "Reversed", [$"Input.Members[{count}]"] = "In",
        });
        var scaleId = await app.Db(db => db.Set<SurveyScale>().Where(s => s.SurveyId == id).Select(s => s.Id).SingleAsync());
        var page = (await researcher.PageAsync($"/surveys/{id}")).Body!.TextContent;
        await researcher.SaveAsync($"/surveys/{id}/scales/{scaleId}/edit", "scale", new Dictionary<string, string> { [$"Input.Members[{count}]"] = "Out" });
        var typeChange = await researcher.RefusedAsync($"/surveys/{id}/items/{warm}/edit", "item", new Dictionary<string, string> { ["Input.Type"] = "Text" });

        textItem.ShouldContain("Item note cannot be scored: a scale holds only Likert, whole-number and decimal items.");
        empty.ShouldContain("Choose at least one item for the scale.");
        page.ShouldContain("cold (reversed)");
        page.ShouldContain("Sum of the items");
        var scale = await app.Db(db => db.Set<SurveyScale>().Include(s => s.Items).SingleAsync(s => s.Id == scaleId));
        scale.Items.OrderBy(m => m.ItemId).Select(m => (m.ItemId, m.Reversed)).ShouldBe([(warm, false), (cold, true)]);
        scale.Scoring.ShouldBe(ScaleScoring.Sum);
        typeChange.ShouldContain("Item warm is in the scale climate");
        (await researcher.PressAsync(id, "Delete scale climate")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Db(db => db.Set<SurveyScale>().AnyAsync(s => s.SurveyId == id))).ShouldBeFalse();
    }

    [Fact]
    public async Task Translations_of_every_text_are_saved_in_one_post_and_shown()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var id = await researcher.CreateSurveyAsync("Bilingual", "en,it");
        var section = await researcher.AddSectionAsync(app, id, "About you");
        var item = await researcher.AddItemAsync(app, id, section, "member", ItemType.SingleChoice, "Are you a member?", new() { ["Input.Choices[en]"] = "yes = Yes\nno = No" });
        var choices = await app.Db(db => db.Set<ItemChoice>().Where(c => c.ItemId == item).OrderBy(c => c.Position).Select(c => c.Id).ToListAsync());
        var url = $"/surveys/{id}/translations";

        var refused = await researcher.RefusedAsync(url, "translations", new Dictionary<string, string>
        {
            [$"Input.Texts[label-{item}-it]"] = "Sei socio?", [$"Input.Texts[section-{section}-en]"] = "",
        });
        var untouched = await app.Db(db => db.SurveyItems.Where(i => i.Id == item).Select(i => i.Label).SingleAsync());
        await researcher.SaveAsync(url, "translations", new Dictionary<string, string>
        {
            [$"Input.Texts[consent-{id}-en]"] = "Taking part is voluntary.", [$"Input.Texts[consent-{id}-it]"] = "La partecipazione è volontaria.",
            [$"Input.Texts[section-{section}-it]"] = "Su di te", [$"Input.Texts[label-{item}-it]"] = "Sei socio?",
            [$"Input.Texts[hint-{item}-it]"] = "Di qualsiasi associazione", [$"Input.Texts[choice-{choices[0]}-it]"] = "Sì",
        });

        refused.ShouldContain("Section 1: title (en): this text is needed in the default language.");
        untouched.Texts.ContainsKey("it").ShouldBeFalse("a refused post saves none of its texts");
        var saved = await app.Db(db => db.SurveyItems.Include(i => i.Choices).SingleAsync(i => i.Id == item));
        saved.Label.Texts["it"].ShouldBe("Sei socio?");
        saved.Hint.Texts["it"].ShouldBe("Di qualsiasi associazione");
        saved.Choices.Single(c => c.Id == choices[0]).Label.Texts["it"].ShouldBe("Sì");
        saved.Label.Texts["en"].ShouldBe("Are you a member?");
        var survey = await app.Db(db => db.Surveys.Include(s => s.Sections).SingleAsync(s => s.Id == id));
        survey.ConsentStatement.Texts["it"].ShouldBe("La partecipazione è volontaria.");
        survey.Sections.Single().Title.Texts["it"].ShouldBe("Su di te");
        var boxes = (await researcher.PageAsync(url)).QuerySelectorAll("textarea").ToDictionary(t => t.GetAttribute("name")!, t => t.TextContent);
        boxes[$"Input.Texts[label-{item}-it]"].ShouldBe("Sei socio?");
        boxes[$"Input.Texts[choice-{choices[1]}-en]"].ShouldBe("No");
        (await researcher.PageAsync($"/surveys/{id}")).Body!.TextContent.ShouldContain("Taking part is voluntary.");
    }

    [Fact]
    public async Task Settings_need_language_codes_and_a_default_among_them()
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var id = await researcher.CreateSurveyAsync("Languages");
        var url = $"/surveys/{id}/settings";

        var badCodes = await researcher.RefusedAsync(url, "survey-settings", new Dictionary<string, string> { ["Input.Languages"] = "english, italiano" });
        var outside = await researcher.RefusedAsync(url, "survey-settings", new Dictionary<string, string> { ["Input.Languages"] = "en,it", ["Input.DefaultLanguage"] = "fr" });
        var tooLong = await researcher.RefusedAsync(url, "survey-settings", new Dictionary<string, string> { ["Input.Consent[en]"] = new string('x', 4001) });
        await researcher.SaveAsync(url, "survey-settings", new Dictionary<string, string> { ["Input.Languages"] = "EN; it", ["Input.DefaultLanguage"] = "it", ["Input.Consent[en]"] = "Agreed." });

        badCodes.ShouldContain("Languages: write two- or three-letter codes separated by commas");
        outside.ShouldContain("The default language “fr” must be one of the languages (en,it).");
        tooLong.ShouldContain("The consent statement (en) is 4001 characters long; at most 4000 fit.");
        var survey = await app.Db(db => db.Surveys.SingleAsync(s => s.Id == id));
        survey.Languages.ShouldBe("it,en");
        survey.DefaultLanguage.ShouldBe("it");
        survey.ConsentStatement.Texts["en"].ShouldBe("Agreed.");
    }

    private Task<DateTime> UpdatedAtAsync(int surveyId) => app.Db(db => db.Surveys.Where(s => s.Id == surveyId).Select(s => s.UpdatedAt).SingleAsync());
}

public sealed class InstrumentBuilderTestsOnSqlite(SqliteApp app) : InstrumentBuilderTests(app), IClassFixture<SqliteApp>;

public sealed class InstrumentBuilderTestsOnPostgres(PostgresApp app) : InstrumentBuilderTests(app), IClassFixture<PostgresApp>;
