using System.Net;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Surveys.Api;

/// <summary>Instruments through /api/surveys: settings, sections, items, scales and translations, on the instrument commands.</summary>
public abstract class InstrumentsApiTests(LanternFactory app)
{
    [Fact]
    public async Task A_researcher_builds_an_instrument_and_reads_it_back_whole()
    {
        var api = await app.ApiAs(Role.Researcher);
        var title = $"Volunteers {Guid.NewGuid():N}";

        var survey = await api.PostJsonAsync("/api/surveys", new { title, languages = "en,it", defaultLanguage = "en", consent = new { en = "Voluntary and anonymous." } });
        var id = survey.Id();
        var section = await api.PostJsonAsync($"/api/surveys/{id}/sections", new { title = new { en = "About you", it = "Su di te" } });
        var likert = await api.PostJsonAsync($"/api/surveys/{id}/items", new
        {
            sectionId = section.Id(), name = "ief1", type = "Likert", likertPoints = 5, required = true,
            label = new { en = "I can influence the coalition." },
        });
        var choice = await api.PostJsonAsync($"/api/surveys/{id}/items", new
        {
            sectionId = section.Id(), name = "member", type = "SingleChoice",
            label = new { en = "Are you a member?" }, choices = new { en = "yes = Yes\nno = No" },
        });
        var scale = await api.PostJsonAsync($"/api/surveys/{id}/scales", new
        {
            name = "efficacy", label = "Internal efficacy", scoring = "Mean", members = new Dictionary<string, string> { [likert.Id().ToString(System.Globalization.CultureInfo.InvariantCulture)] = "Reversed" },
        });
        await api.PutJsonAsync($"/api/surveys/{id}/translations", new { texts = new Dictionary<string, string> { [$"label-{choice.Id()}-it"] = "Sei membro?" } });
        await api.PutJsonAsync($"/api/surveys/{id}", new { title = title + " (v2)", languages = "en,it", defaultLanguage = "en" });

        var instrument = await api.GetJsonAsync($"/api/surveys/{id}");
        instrument.GetProperty("title").GetString().ShouldBe(title + " (v2)");
        instrument.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["en", "it"]);
        instrument.GetProperty("sections")[0].GetProperty("title").GetProperty("it").GetString().ShouldBe("Su di te");
        var items = instrument.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("name").GetString()).ShouldBe(["ief1", "member"]);
        items[0].GetProperty("choices").GetArrayLength().ShouldBe(5, "a Likert item without choices gets agreement labels");
        items[1].GetProperty("label").GetProperty("it").GetString().ShouldBe("Sei membro?");
        items[1].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ShouldBe(["yes", "no"]);
        var scaleRead = instrument.GetProperty("scales")[0];
        scaleRead.Id().ShouldBe(scale.Id());
        scaleRead.GetProperty("items")[0].GetProperty("reversed").GetBoolean().ShouldBeTrue();
        var translations = await api.GetJsonAsync($"/api/surveys/{id}/translations");
        translations.EnumerateArray().ShouldContain(t => t.GetProperty("keys").GetProperty("it").GetString() == $"label-{choice.Id()}-it");
        var list = await api.GetJsonAsync("/api/surveys?pageSize=500");
        list.GetProperty("items").EnumerateArray().ShouldContain(s => s.Id() == id && s.GetProperty("items").GetInt32() == 2);
    }

    [Fact]
    public async Task Parts_move_and_are_deleted_and_a_deleted_survey_is_gone()
    {
        var api = await app.ApiAs(Role.Coordinator);
        var id = (await api.PostJsonAsync("/api/surveys", new { title = "Short-lived", languages = "en", defaultLanguage = "en" })).Id();
        var first = (await api.PostJsonAsync($"/api/surveys/{id}/sections", new { title = new { en = "First" } })).Id();
        var second = (await api.PostJsonAsync($"/api/surveys/{id}/sections", new { title = new { en = "Second" } })).Id();
        var item = (await api.PostJsonAsync($"/api/surveys/{id}/items", new { sectionId = second, name = "age", type = "WholeNumber", label = new { en = "Age" } })).Id();

        var moved = await api.PostJsonAsync($"/api/surveys/{id}/sections/{second}/move?direction=Up", null, HttpStatusCode.OK);
        await api.DeleteAsync($"/api/surveys/{id}/items/{item}", HttpStatusCode.NoContent);
        await api.DeleteAsync($"/api/surveys/{id}/sections/{first}", HttpStatusCode.NoContent);
        var instrument = await api.GetJsonAsync($"/api/surveys/{id}");
        await api.DeleteAsync($"/api/surveys/{id}", HttpStatusCode.NoContent);

        moved.GetProperty("position").GetInt32().ShouldBe(1);
        instrument.GetProperty("sections").EnumerateArray().Select(s => s.Id()).ShouldBe([second]);
        instrument.GetProperty("items").GetArrayLength().ShouldBe(0);
        await api.GetJsonAsync($"/api/surveys/{id}", HttpStatusCode.NotFound);
        await api.DeleteAsync($"/api/surveys/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_input_answers_400_with_the_fields_and_unknown_ids_404()
    {
        var api = await app.ApiAs(Role.Researcher);
        var id = (await api.PostJsonAsync("/api/surveys", new { title = "Checked", languages = "en", defaultLanguage = "en" })).Id();
        var section = (await api.PostJsonAsync($"/api/surveys/{id}/sections", new { title = new { en = "Only" } })).Id();

        var noTitle = await api.PostJsonAsync("/api/surveys", new { title = "", languages = "en,xx1", defaultLanguage = "en" }, HttpStatusCode.BadRequest);
        var badName = await api.PostJsonAsync($"/api/surveys/{id}/items", new { sectionId = section, name = "1st question", type = "Text", label = new { en = "What?" } }, HttpStatusCode.BadRequest);
        var badCondition = await api.PutJsonAsync($"/api/surveys/{id}/sections/{section}", new { title = new { en = "Only" }, showIf = "${nothing} = 'x'" }, HttpStatusCode.BadRequest);

        noTitle.ErrorFields().ShouldBe(["Title", "Languages"], ignoreOrder: true);
        badName.ErrorFields().ShouldContain("Name");
        badCondition.ErrorFields().ShouldBe(["ShowIf"]);
        await api.PutJsonAsync($"/api/surveys/{id}/sections/999999", new { title = new { en = "Nowhere" } }, HttpStatusCode.NotFound);
        await api.PostJsonAsync("/api/surveys/999999/sections", new { title = new { en = "Nowhere" } }, HttpStatusCode.NotFound);
        await api.GetJsonAsync("/api/surveys/999999/translations", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Readers_may_read_instruments_but_not_change_them()
    {
        var researcher = await app.ApiAs(Role.Researcher);
        var id = (await researcher.PostJsonAsync("/api/surveys", new { title = "Read only", languages = "en", defaultLanguage = "en" })).Id();
        var viewer = await app.ApiAs(Role.Viewer);

        await viewer.GetJsonAsync($"/api/surveys/{id}");
        await viewer.PutJsonAsync($"/api/surveys/{id}", new { title = "Renamed", languages = "en", defaultLanguage = "en" }, HttpStatusCode.Forbidden);
        await viewer.DeleteAsync($"/api/surveys/{id}", HttpStatusCode.Forbidden);
    }
}

public sealed class InstrumentsApiTestsOnSqlite(SqliteApp app) : InstrumentsApiTests(app), IClassFixture<SqliteApp>;

public sealed class InstrumentsApiTestsOnPostgres(PostgresApp app) : InstrumentsApiTests(app), IClassFixture<PostgresApp>;
