using System.Net;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Features.Surveys.Analysis;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Surveys.Api;

/// <summary>Path models through /api/surveys/{id}/models, with lavaan's numbers in the results.</summary>
public abstract class ModelsApiTests(LanternFactory app)
{
    [Fact]
    public async Task A_model_is_saved_read_with_its_result_run_again_changed_and_deleted()
    {
        var api = await app.ApiAs(Role.Researcher);
        var survey = await StudyResponses.CreateAsync(app, 60);
        var (name, syntax) = PoliticalEfficacyTemplate.Models[0];

        var saved = await api.PostJsonAsync($"/api/surveys/{survey.Id}/models", new { name, syntax });
        var id = saved.Id();
        var read = await api.GetJsonAsync($"/api/surveys/{survey.Id}/models/{id}");
        var rerun = await api.PostJsonAsync($"/api/surveys/{survey.Id}/models/{id}/run", null, HttpStatusCode.OK);
        var list = await api.GetJsonAsync($"/api/surveys/{survey.Id}/models");
        var renamed = await api.PutJsonAsync($"/api/surveys/{survey.Id}/models/{id}", new { name = "Renamed", syntax });

        saved.GetProperty("result").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var result = read.GetProperty("result");
        result.GetProperty("error").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        result.GetProperty("nTotal").GetInt32().ShouldBe(60);
        result.GetProperty("converged").GetBoolean().ShouldBeTrue();
        result.GetProperty("parameters").EnumerateArray().ShouldContain(p => p.GetProperty("lhs").GetString() == "internal_efficacy" && p.GetProperty("rhs").GetString() == "organisations_n");
        result.GetProperty("fit").GetProperty("cfi").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Number);
        result.GetProperty("diagramSvg").GetString()!.ShouldContain("<svg");
        rerun.GetProperty("result").GetProperty("parameters").GetArrayLength().ShouldBe(result.GetProperty("parameters").GetArrayLength());
        list.EnumerateArray().ShouldContain(m => m.Id() == id && m.GetProperty("result").ValueKind == System.Text.Json.JsonValueKind.Null);
        renamed.GetProperty("name").GetString().ShouldBe("Renamed");
        await api.DeleteAsync($"/api/surveys/{survey.Id}/models/{id}", HttpStatusCode.NoContent);
        await api.GetJsonAsync($"/api/surveys/{survey.Id}/models/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_model_that_does_not_parse_or_names_unknown_variables_is_refused_with_the_syntax_field()
    {
        var api = await app.ApiAs(Role.Researcher);
        var survey = await StudyResponses.CreateAsync(app, 5);

        var broken = await api.PostJsonAsync($"/api/surveys/{survey.Id}/models", new { name = "Broken", syntax = "internal_efficacy ~~~ " }, HttpStatusCode.BadRequest);
        var unknown = await api.PostJsonAsync($"/api/surveys/{survey.Id}/models", new { name = "Unknown", syntax = "shoe_size ~ organisations_n" }, HttpStatusCode.BadRequest);
        var noName = await api.PostJsonAsync($"/api/surveys/{survey.Id}/models", new { name = "", syntax = "internal_efficacy ~ organisations_n", bootstrapDraws = 99999 }, HttpStatusCode.BadRequest);

        broken.ErrorFields().ShouldBe(["Syntax"]);
        unknown.ErrorFields().ShouldBe(["Syntax"]);
        noName.ErrorFields().ShouldBe(["Name", "BootstrapDraws"], ignoreOrder: true);
        await api.PostJsonAsync("/api/surveys/999999/models", new { name = "Nowhere", syntax = "a ~ b" }, HttpStatusCode.NotFound);
        await (await app.ApiAs(Role.Viewer)).PostJsonAsync($"/api/surveys/{survey.Id}/models", new { name = "Viewer", syntax = "a ~ b" }, HttpStatusCode.Forbidden);
    }
}

public sealed class ModelsApiTestsOnSqlite(SqliteApp app) : ModelsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ModelsApiTestsOnPostgres(PostgresApp app) : ModelsApiTests(app), IClassFixture<PostgresApp>;
