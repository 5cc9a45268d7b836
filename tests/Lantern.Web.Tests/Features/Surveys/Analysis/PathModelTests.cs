using System.Globalization;
using System.Net;
using Lantern.Statistics.Sem;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys.Analysis;

public abstract class PathModelTests(LanternFactory app)
{
    [Fact]
    public async Task A_model_started_from_the_template_shows_the_engines_estimates_fit_and_diagram()
    {
        var survey = await StudyResponses.CreateAsync(app, 60);
        var (name, syntax) = PoliticalEfficacyTemplate.Models[0];
        var researcher = await app.BrowserAs(Role.Researcher);

        var form = await researcher.PageAsync($"/surveys/{survey.Id}/models/new?template=0");
        var saved = await researcher.SubmitAsync($"/surveys/{survey.Id}/models/new?template=0", "model", Fields(name, syntax));

        form.QuerySelector("textarea")!.TextContent.ShouldContain("internal_efficacy ~ organisations_n", Case.Sensitive, "the template fills the editor");
        form.QuerySelectorAll(".variable-list code").Select(c => c.TextContent).ShouldContain("resources_n");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var page = await researcher.PageAsync(saved.Headers.Location!.OriginalString);
        var expected = Sem.Fit(syntax, (await Dataset(survey)).Table);
        page.QuerySelector(".model-n")!.Text().ShouldContain($"n used = {expected.NObs} of n total = 60");
        var rows = page.QuerySelectorAll("table.parameters tbody tr").ToList();
        rows.Count.ShouldBe(expected.Parameters.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].QuerySelectorAll("td");
            var parameter = expected.Parameters[i];
            $"{cells[0].TextContent} {cells[1].TextContent} {cells[2].TextContent}".ShouldBe($"{parameter.Lhs} {parameter.Op} {parameter.Rhs}");
            AnalysisPageTests.Value(cells[4]).ShouldBe(parameter.Estimate, 1e-9);
            AnalysisPageTests.Value(cells[5]).ShouldBe(parameter.StandardError, 1e-9);
            cells[9].TextContent.ShouldBe(parameter.PValue switch { <= 0.001 => "***", <= 0.01 => "**", < 0.05 => "*", _ => "" });
        }

        rows.Select(r => r.QuerySelectorAll("td")[9].TextContent).ShouldContain("***", "belonging predicts efficacy strongly in the generated data");
        page.Body!.TextContent.ShouldContain("* p < .05, ** p ≤ .01, *** p ≤ .001");
        var fitRows = page.QuerySelectorAll("table.fit-measures tbody tr").ToDictionary(r => r.Children[1].TextContent, r => r.Children[2]);
        fitRows.Keys.ShouldBe(FitMeasureCatalogue.All.Select(measure => measure.Name), "every measure of the catalogue, in its order");
        AnalysisPageTests.Value(fitRows["chisq"]).ShouldBe(expected.Fit.Chisq, 1e-9);
        AnalysisPageTests.Value(fitRows["srmr"]).ShouldBe(expected.Fit.Srmr, 1e-9);
        fitRows["df"].TextContent.ShouldBe(expected.Fit.Df.ToString(CultureInfo.InvariantCulture));
        page.QuerySelector("figure.path-diagram img")!.GetAttribute("src").ShouldBe($"{saved.Headers.Location.AbsolutePath}/diagram.svg");
    }

    [Fact]
    public async Task Bootstrap_intervals_are_shown_for_the_indirect_effects()
    {
        var survey = await StudyResponses.CreateAsync(app, 60);
        var (name, syntax) = PoliticalEfficacyTemplate.Models[1];
        var id = await SaveAsync(survey, name, syntax, draws: 300, seed: 11);

        var page = await (await app.BrowserAs(Role.Viewer)).PageAsync($"/surveys/{survey.Id}/models/{id}");

        var expected = Sem.Fit(syntax, (await Dataset(survey)).Table, new SemOptions(Bootstrap: 300, Seed: 11));
        var indirect = expected.Parameters.Single(p => p.Lhs == "via_efficacy" && p.Op == ":=");
        var row = page.QuerySelectorAll("table.bootstrap-intervals tbody tr").Single(r => r.Children[0].TextContent == "via_efficacy");
        AnalysisPageTests.Value(row.Children[3]).ShouldBe(indirect.CiLower, 1e-9);
        AnalysisPageTests.Value(row.Children[4]).ShouldBe(indirect.CiUpper, 1e-9);
        indirect.CiLower.ShouldBeLessThan(indirect.CiUpper);
        page.QuerySelector("table.bootstrap-intervals caption")!.TextContent.ShouldContain($"{expected.Bootstrap!.Succeeded} of 300 bootstrap resamples (seed 11)");
    }

    [Fact]
    public async Task A_syntax_error_is_refused_with_its_line_and_column_and_unknown_variables_are_named()
    {
        var survey = await StudyResponses.CreateAsync(app, 10);
        var researcher = await app.BrowserAs(Role.Researcher);

        var broken = await Refused(researcher, survey, "internal_efficacy ~ organisations_n\nht_events ~ + resources_n");
        var unknown = await Refused(researcher, survey, "internal_efficacy ~ nosuch + gender + organisations");
        var tooMany = await Refused(researcher, survey, "internal_efficacy ~ activities", draws: 6000);

        broken.ShouldContain("Syntax error at line 2, column");
        unknown.ShouldContain("nosuch");
        unknown.ShouldContain("gender (a category, not a number)");
        unknown.ShouldContain("organisations (several choices: use organisations_n");
        tooMany.ShouldContain("Bootstrap draws run from 0 (none) to 5000.");
        (await app.Db(db => db.SurveyAnalyses.CountAsync(a => a.SurveyId == survey.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Eight_respondents_bring_a_small_sample_warning()
    {
        var survey = await StudyResponses.CreateAsync(app, 8);
        var id = await SaveAsync(survey, "Small", "internal_efficacy ~ activities + ht_events");

        var page = await (await app.BrowserAs(Role.Viewer)).PageAsync($"/surveys/{survey.Id}/models/{id}");

        page.QuerySelector(".model-n")!.Text().ShouldContain("n used = 8 of n total = 8");
        page.QuerySelectorAll(".notice").Select(n => n.TextContent).ShouldContain(t => t.StartsWith("Small sample: 8 complete cases for 3 free parameters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_response_makes_the_saved_result_stale_and_the_next_view_runs_it_again()
    {
        var survey = await StudyResponses.CreateAsync(app, 60);
        var id = await SaveAsync(survey, "Stale", "internal_efficacy ~ activities");
        var viewer = await app.BrowserAs(Role.Viewer);
        (await viewer.PageAsync($"/surveys/{survey.Id}/models/{id}")).QuerySelector(".model-n")!.Text().ShouldContain("n total = 60");
        var first = await app.Db(db => db.SurveyAnalyses.AsNoTracking().SingleAsync(a => a.Id == id));

        var extra = StudyResponses.Answers(survey, 1, seed: 99)[0];
        await app.InsertAsync(StudyResponses.Response(survey.Id, extra, StudyResponses.FirstDay.AddDays(9)));
        var page = await viewer.PageAsync($"/surveys/{survey.Id}/models/{id}");

        page.QuerySelector(".model-n")!.Text().ShouldContain("n used = 61 of n total = 61");
        var second = await app.Db(db => db.SurveyAnalyses.AsNoTracking().SingleAsync(a => a.Id == id));
        second.ResultDataStamp.ShouldNotBe(first.ResultDataStamp);
        second.ResultJson.ShouldNotBe(first.ResultJson);
        second.ResultDataStamp!.ShouldStartWith("61:");
    }

    [Fact]
    public async Task The_re_run_button_computes_the_result_again()
    {
        var survey = await StudyResponses.CreateAsync(app, 20);
        var id = await SaveAsync(survey, "Again", "internal_efficacy ~ activities");
        var researcher = await app.BrowserAs(Role.Researcher);
        await researcher.PageAsync($"/surveys/{survey.Id}/models/{id}");
        var before = await app.Db(db => db.SurveyAnalyses.Where(a => a.Id == id).Select(a => a.ComputedAt).SingleAsync());
        var token = await researcher.AntiforgeryTokenAsync($"/surveys/{survey.Id}/models/{id}");

        await Task.Delay(20);
        var response = await researcher.PostAsync($"/surveys/{survey.Id}/models/{id}/rerun", [new("__RequestVerificationToken", token)]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Db(db => db.SurveyAnalyses.Where(a => a.Id == id).Select(a => a.ComputedAt).SingleAsync())).ShouldNotBe(before);
    }

    [Fact]
    public async Task Exports_neutralise_formulas_name_the_fit_measures_as_the_catalogue_and_the_diagram_is_svg()
    {
        var survey = await StudyResponses.CreateAsync(app, 60);
        var id = await SaveAsync(survey, PoliticalEfficacyTemplate.Models[0].Name, PoliticalEfficacyTemplate.Models[0].Syntax);
        var viewer = (await app.BrowserAs(Role.Viewer)).Client;

        var parameters = await viewer.GetAsync($"/surveys/{survey.Id}/models/{id}/parameters.csv");
        var fit = await viewer.GetAsync($"/surveys/{survey.Id}/models/{id}/fit.csv");
        var diagram = await viewer.GetAsync($"/surveys/{survey.Id}/models/{id}/diagram.svg");
        var report = await viewer.GetAsync($"/surveys/{survey.Id}/models/{id}/report");

        parameters.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var cells = await CsvCells(parameters);
        cells[0].ShouldBe(["lhs", "op", "rhs", "label", "est", "se", "z", "pvalue", "ci_lower", "ci_upper", "std_all", "stars"]);
        var socialMedia = cells.Single(c => c[0] == "internal_efficacy" && c[1] == "~" && c[2] == "social_media_n");
        double.Parse(socialMedia[4], System.Globalization.CultureInfo.InvariantCulture).ShouldBeLessThan(0, "a negative estimate stays a number a spreadsheet can compute with");
        cells.SelectMany(c => c).Where(cell => !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _))
            .ShouldAllBe(cell => cell.Length == 0 || !"=+-@".Contains(cell[0]));
        (await CsvCells(fit)).Select(row => row[0]).ShouldBe(["measure", .. FitMeasureCatalogue.All.Select(measure => measure.Name)]);
        diagram.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await diagram.Content.ReadAsStringAsync()).ShouldContain("<svg");
        var print = await Browser.ParseAsync(report);
        print.QuerySelector("article.print-page table.parameters").ShouldNotBeNull();
        print.QuerySelector("article.print-page table.fit-measures").ShouldNotBeNull();
        print.QuerySelector("article.print-page figure.path-diagram img").ShouldNotBeNull();
        print.QuerySelector("article.print-page .model-n")!.TextContent.ShouldContain("n total = 60");
    }

    [Fact]
    public async Task Viewers_see_results_but_cannot_create_edit_or_delete_models_and_anonymous_visitors_sign_in()
    {
        var survey = await StudyResponses.CreateAsync(app, 20);
        var id = await SaveAsync(survey, "Read only", "internal_efficacy ~ activities");
        var viewer = await app.BrowserAs(Role.Viewer);
        var viewerApi = await app.ApiAs(Role.Viewer);
        var token = await viewer.AntiforgeryTokenAsync($"/surveys/{survey.Id}/models/{id}");

        var page = await viewer.PageAsync($"/surveys/{survey.Id}/models/{id}");
        var list = await viewer.PageAsync($"/surveys/{survey.Id}/models");
        var create = await viewerApi.GetAsync($"/surveys/{survey.Id}/models/new");
        var edit = await viewerApi.GetAsync($"/surveys/{survey.Id}/models/{id}/edit");
        var delete = await viewer.PostAsync($"/surveys/{survey.Id}/models/{id}/delete", [new("__RequestVerificationToken", token)]);
        var anonymous = await app.Anonymous().GetAsync($"/surveys/{survey.Id}/models/{id}");

        page.QuerySelector("table.parameters").ShouldNotBeNull();
        page.QuerySelectorAll("a").Select(a => a.TextContent).ShouldNotContain("Edit");
        list.QuerySelectorAll("a").Select(a => a.TextContent).ShouldNotContain("New model");
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        edit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        delete.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        delete.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
        (await app.Db(db => db.SurveyAnalyses.CountAsync(a => a.Id == id))).ShouldBe(1);
    }

    [Fact]
    public async Task Editing_a_model_replaces_its_result_and_a_model_of_another_survey_is_not_found()
    {
        var survey = await StudyResponses.CreateAsync(app, 30);
        var other = await StudyResponses.CreateAsync(app, 3);
        var id = await SaveAsync(survey, "First", "internal_efficacy ~ activities");
        var researcher = await app.BrowserAs(Role.Researcher);
        await researcher.PageAsync($"/surveys/{survey.Id}/models/{id}");

        var form = await researcher.PageAsync($"/surveys/{survey.Id}/models/{id}/edit");
        var saved = await researcher.SubmitAsync($"/surveys/{survey.Id}/models/{id}/edit", "model", Fields("Second", "internal_efficacy ~ ht_events"));
        var page = await researcher.PageAsync($"/surveys/{survey.Id}/models/{id}");

        form.QuerySelector("textarea")!.TextContent.ShouldBe("internal_efficacy ~ activities");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Second");
        page.QuerySelectorAll("table.parameters tbody tr td:nth-child(3)").Select(c => c.TextContent).ShouldContain("ht_events");
        page.QuerySelectorAll("table.parameters tbody tr td:nth-child(3)").Select(c => c.TextContent).ShouldNotContain("activities");
        await researcher.PageAsync($"/surveys/{other.Id}/models/{id}", HttpStatusCode.NotFound);
        await researcher.PageAsync($"/surveys/{other.Id}/models/{id}/edit", HttpStatusCode.NotFound);
        (await researcher.Client.GetAsync($"/surveys/{other.Id}/models/{id}/parameters.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_researcher_deletes_a_model()
    {
        var survey = await StudyResponses.CreateAsync(app, 5);
        var id = await SaveAsync(survey, "Gone", "internal_efficacy ~ activities");
        var researcher = await app.BrowserAs(Role.Researcher);
        var token = await researcher.AntiforgeryTokenAsync($"/surveys/{survey.Id}/models");

        var response = await researcher.PostAsync($"/surveys/{survey.Id}/models/{id}/delete", [new("__RequestVerificationToken", token)]);

        response.Headers.Location!.OriginalString.ShouldBe($"/surveys/{survey.Id}/models");
        (await app.Db(db => db.SurveyAnalyses.CountAsync(a => a.Id == id))).ShouldBe(0);
    }

    /// <summary>The cells of a small CSV export without quoted commas, after its byte-order mark.</summary>
    private static async Task<List<string[]>> CsvCells(HttpResponseMessage response) =>
        [.. (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r').Split(','))];

    private static Dictionary<string, string> Fields(string name, string syntax, int draws = 0, int seed = 1) => new()
    {
        ["Input.Name"] = name, ["Input.Syntax"] = syntax,
        ["Input.BootstrapDraws"] = draws.ToString(CultureInfo.InvariantCulture), ["Input.Seed"] = seed.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Saves a model through the form, as a researcher, and returns its id.</summary>
    private async Task<int> SaveAsync(Survey survey, string name, string syntax, int draws = 0, int seed = 1)
    {
        var researcher = await app.BrowserAs(Role.Researcher);
        var response = await researcher.SubmitAsync($"/surveys/{survey.Id}/models/new", "model", Fields(name, syntax, draws, seed));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static async Task<string> Refused(Browser browser, Survey survey, string syntax, int draws = 0)
    {
        var response = await browser.SubmitAsync($"/surveys/{survey.Id}/models/new", "model", Fields("Broken", syntax, draws));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a refused model is shown again with its problem");
        var page = await Browser.ParseAsync(response);
        return string.Join(" | ", page.QuerySelectorAll("[role=alert], .validation-errors li").Select(e => e.TextContent.Trim()));
    }

    private Task<SurveyDataset> Dataset(Survey survey) => app.Db(async db =>
        await SurveyData.DatasetAsync(db, (await SurveyQueries.LoadInstrumentAsync(db, survey.Id, CancellationToken.None))!, CancellationToken.None));
}

public sealed class PathModelTestsOnSqlite(SqliteApp app) : PathModelTests(app), IClassFixture<SqliteApp>;

public sealed class PathModelTestsOnPostgres(PostgresApp app) : PathModelTests(app), IClassFixture<PostgresApp>;

internal static partial class PageText
{
    /// <summary>An element's text with runs of white space (line breaks of the markup) as single spaces.</summary>
    public static string Text(this AngleSharp.Dom.IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
