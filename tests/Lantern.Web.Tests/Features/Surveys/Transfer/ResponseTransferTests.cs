using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CsvHelper;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Spreadsheets;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Features.Surveys.Transfer.TransferHelpers;

namespace Lantern.Web.Tests.Features.Surveys.Transfer;

/// <summary>
/// Responses in and out as files: an upload is mapped to the questions and imported all or nothing,
/// every bad cell named by row and column; exports carry a codebook and never run as formulas.
/// Every test stores its own survey, as the database is shared by the tests of a class.
/// </summary>
public abstract class ResponseTransferTests(LanternFactory app)
{
    private const string CsvType = "text/csv";

    [Fact]
    public async Task A_good_file_is_stored_with_its_submission_times_and_answers_given_as_values_or_labels()
    {
        var surveyId = await StoreAsync(app, Instrument());
        var browser = await app.BrowserAs(Role.Researcher);
        var file = Csv(
            "ief1,Gender,organisations,activities,comment,_submission_time",
            "7,female,humanitarian advocacy,3,Fine,2024-03-01T10:22:33",
            "Strongly agree,Male,\"Educational; Political\",0,,2024-03-02T08:00:00+02:00");

        var mapping = await UploadAsync(browser, surveyId, file, "responses.csv");
        Selected(mapping, "column_0").ShouldBe("ief1");
        Selected(mapping, "column_1").ShouldBe("gender", "names match whatever their case");
        Selected(mapping, "submitted_at").ShouldBe("_submission_time");
        var result = await MapAsync(browser, surveyId, mapping);

        result.QuerySelector("[role=status]").ShouldNotBeNull(Describe(result)).TextContent.ShouldContain("Imported 2 responses");
        var (survey, stored) = await StoredAsync(surveyId);
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(r => r.Origin == ResponseOrigin.Import && r.WaveId == null && r.Language == "en");
        // Only the day is kept (10:22:33 and 06:00 in the file), so a time cannot tie a response to a person.
        stored.Select(r => r.SubmittedAt).ShouldBe([new DateTime(2024, 3, 1), new DateTime(2024, 3, 2)]);
        Answers(survey, stored[0]).ShouldBe(new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ief1"] = "7", ["gender"] = "female", ["organisations"] = "humanitarian advocacy", ["activities"] = "3", ["comment"] = "Fine",
        });
        Answers(survey, stored[1]).ShouldBe(new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ief1"] = "7", ["gender"] = "male", ["organisations"] = "educational political", ["activities"] = "0",
        });
        result.QuerySelector("main, body")!.TextContent.ShouldContain("2 responses");
    }

    [Fact]
    public async Task Bad_cells_are_reported_by_row_and_column_and_nothing_is_stored()
    {
        var surveyId = await StoreAsync(app, Instrument());
        var browser = await app.BrowserAs(Role.Researcher);
        var file = Csv(
            "ief1,gender,activities,submitted_at",
            "9,female,3,2024-01-01",
            "4,,-1,yesterday",
            "4,male,2.5,");
        var before = await app.Db(db => db.SurveyResponses.CountAsync());

        var result = await MapAsync(browser, surveyId, await UploadAsync(browser, surveyId, file, "responses.csv"));

        result.QuerySelector("[role=alert]").ShouldNotBeNull().TextContent.ShouldContain("Nothing was imported");
        var problems = result.QuerySelectorAll("[role=alert] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(cells => (Row: cells[0], Column: cells[1], Reason: cells[2]))
            .ToList();
        problems.Select(p => (p.Row, p.Column)).ShouldBe(
            [("2", "ief1"), ("3", "activities"), ("3", "gender"), ("3", "submitted_at"), ("4", "activities")], ignoreOrder: true);
        problems.Single(p => p is { Row: "4", Column: "activities" }).Reason.ShouldBe("Enter a whole number.");
        problems.Single(p => p is { Row: "3", Column: "gender" }).Reason.ShouldBe("This question needs an answer.");
        (await app.Db(db => db.SurveyResponses.CountAsync())).ShouldBe(before);
        // The upload is kept, so the mapping can be changed and tried again without uploading.
        result.QuerySelector("input[name=_handler][value=map]").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_file_over_a_limit_is_refused_on_upload_naming_the_limit_and_the_cell()
    {
        var surveyId = await StoreAsync(app, Instrument());
        var browser = await app.BrowserAs(Role.Researcher);

        var response = await TransferHelpers.UploadAsync(browser, $"/surveys/{surveyId}/responses", "upload", Csv("ief1,comment", $"7,{new string('x', 40_000)}"), "responses.csv", CsvType);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await Browser.ParseAsync(response);
        page.QuerySelector("[role=alert]").ShouldNotBeNull().TextContent.ShouldContain("Nothing was imported");
        page.QuerySelectorAll("[role=alert] tbody td").Select(td => td.TextContent.Trim())
            .ShouldBe(["2", "B", "the cell is longer than 32,767 characters, the limit for one cell."]);
        page.QuerySelector("input[name=_handler][value=map]").ShouldBeNull("nothing is kept to map");
    }

    [Fact]
    public async Task Two_columns_mapped_to_one_question_are_refused_before_any_row_is_read()
    {
        var surveyId = await StoreAsync(app, Instrument());
        var browser = await app.BrowserAs(Role.Researcher);
        var mapping = await UploadAsync(browser, surveyId, Csv("gender,sex", "female,male"), "responses.csv");
        var before = await app.Db(db => db.SurveyResponses.CountAsync());

        var result = await MapAsync(browser, surveyId, mapping, new Dictionary<string, string> { ["column_1"] = "gender" });

        result.QuerySelector("[role=alert] tbody").ShouldNotBeNull().TextContent.ShouldContain("several columns are mapped to 'gender'; keep one.");
        (await app.Db(db => db.SurveyResponses.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task KoboToolbox_group_paths_are_matched_to_items_and_option_columns_are_left_out()
    {
        var surveyId = await StoreAsync(app, Instrument());
        var browser = await app.BrowserAs(Role.Coordinator);
        var file = Csv(
            "start,grp_efficacy/ief1,grp_about/gender,grp_about/organisations,grp_about/organisations/humanitarian,end,_id",
            "2024-05-01T09:00:00,2,female,humanitarian,1,2024-05-01T09:12:00.000+02:00,17");

        var mapping = await UploadAsync(browser, surveyId, file, "kobo.csv");

        Selected(mapping, "column_0").ShouldBe("");
        Selected(mapping, "column_1").ShouldBe("ief1");
        Selected(mapping, "column_2").ShouldBe("gender");
        Selected(mapping, "column_3").ShouldBe("organisations");
        Selected(mapping, "column_4").ShouldBe("", "a 0/1 option column is not a question");
        Selected(mapping, "submitted_at").ShouldBe("end");
        var result = await MapAsync(browser, surveyId, mapping);
        result.QuerySelector("[role=status]").ShouldNotBeNull(Describe(result));
        var (survey, stored) = await StoredAsync(surveyId);
        stored.ShouldHaveSingleItem().SubmittedAt.ShouldBe(new DateTime(2024, 5, 1));
        Answers(survey, stored[0])["organisations"].ShouldBe("humanitarian");
    }

    [Fact]
    public async Task An_xlsx_upload_can_be_remapped_by_hand()
    {
        var surveyId = await StoreAsync(app, Instrument());
        var browser = await app.BrowserAs(Role.Researcher);
        var file = TestWorkbook.Write(("answers", [["Q_GENDER", "Q_AGE", "note"], ["Female", "31–40 years", "anything"]]));

        var mapping = await UploadAsync(browser, surveyId, file, "answers.xlsx", XlsxType);
        Selected(mapping, "column_0").ShouldBe("");
        var result = await MapAsync(browser, surveyId, mapping, new Dictionary<string, string> { ["column_0"] = "gender", ["column_1"] = "age_group" });

        result.QuerySelector("[role=status]").ShouldNotBeNull(Describe(result));
        var (survey, stored) = await StoredAsync(surveyId);
        Answers(survey, stored.ShouldHaveSingleItem()).ShouldBe(new SortedDictionary<string, string>(StringComparer.Ordinal) { ["gender"] = "female", ["age_group"] = "a31_40" });
    }

    [Fact]
    public async Task The_csv_export_has_one_row_per_response_with_option_columns_and_neutralised_formulas()
    {
        var (surveyId, survey) = await WithResponsesAsync();
        var client = await app.ApiAs(Role.Analyst);

        var rows = ParseCsv(await client.GetStringAsync($"/surveys/{surveyId}/responses.csv"));

        var header = rows[0];
        header.Take(5).ShouldBe(["id", "wave", "origin", "submitted_at", "language"]);
        header.Skip(5).Take(2).ShouldBe(["ief1", "ief2"]);
        header.ShouldContain("organisations/humanitarian");
        Array.IndexOf(header, "organisations/humanitarian").ShouldBe(Array.IndexOf(header, "organisations") + 1);
        header.Length.ShouldBe(5 + survey.Items.Count + survey.Items.Where(i => i.Type == ItemType.MultipleChoice).Sum(i => i.Choices.Count));
        rows.Count.ShouldBe(3);
        var first = Row(header, rows[1]);
        (first["wave"], first["origin"], first["submitted_at"], first["language"]).ShouldBe(("Spring wave", "public_link", "2024-05-31", "en"));
        (first["ief1"], first["organisations"], first["organisations/humanitarian"], first["organisations/advocacy"], first["organisations/educational"])
            .ShouldBe(("7", "humanitarian educational", "1", "0", "1"));
        first["comment"].ShouldBe("'=HYPERLINK(\"http://example.test\",\"open\")");
        var second = Row(header, rows[2]);
        (second["wave"], second["origin"], second["organisations"], second["organisations/humanitarian"], second["gender"]).ShouldBe(("", "import", "", "", "male"));
    }

    [Fact]
    public async Task An_exported_csv_imports_back_with_the_same_answers_and_times()
    {
        var (surveyId, survey) = await WithResponsesAsync();
        var browser = await app.BrowserAs(Role.Researcher);
        var export = await browser.Client.GetByteArrayAsync($"/surveys/{surveyId}/responses.csv");
        var (_, before) = await StoredAsync(surveyId);

        var mapping = await UploadAsync(browser, surveyId, export, "export.csv");
        Selected(mapping, "submitted_at").ShouldBe("submitted_at");
        var result = await MapAsync(browser, surveyId, mapping);

        result.QuerySelector("[role=status]").ShouldNotBeNull(Describe(result));
        var (_, after) = await StoredAsync(surveyId);
        var originals = before.Select(r => r.Id).ToHashSet();
        var imported = after.Where(r => !originals.Contains(r.Id)).ToList();
        imported.Select(r => (r.SubmittedAt, r.AnswersJson)).ShouldBe(before.Select(r => (r.SubmittedAt, r.AnswersJson)));
        imported.Select(r => Answers(survey, r)).ShouldBe(before.Select(r => Answers(survey, r)));
        imported.ShouldAllBe(r => r.Origin == ResponseOrigin.Import && r.WaveId == null);
    }

    [Fact]
    public async Task The_xlsx_export_has_a_codebook_sheet_and_the_codebook_csv_describes_every_variable()
    {
        var (surveyId, _) = await WithResponsesAsync();
        var client = await app.ApiAs(Role.Researcher);

        var workbook = await client.GetByteArrayAsync($"/surveys/{surveyId}/responses.xlsx");
        var codebookCsv = ParseCsv(await client.GetStringAsync($"/surveys/{surveyId}/codebook.csv"));

        var (read, problem) = TableFile.ReadWorkbook(workbook, new());
        problem.ShouldBeNull();
        var sheets = read.ShouldNotBeNull();
        sheets.Select(s => s.Name).ShouldBe(["responses", "codebook"]);
        var responses = sheets[0].Table.ShouldNotBeNull();
        responses.Rows.Count.ShouldBe(2);
        responses.Rows[0].Cells["comment"].ShouldBe("'=HYPERLINK(\"http://example.test\",\"open\")", "the cell is text, not a formula");
        responses.Rows[0].Cells["organisations/educational"].ShouldBe("1");
        var codebook = sheets[1].Table.ShouldNotBeNull();
        codebook.Columns.ShouldBe(["variable", "label", "type", "required", "show_if", "values", "scales"]);
        var ief4 = codebook.Rows.Single(r => r["variable"] == "ief4");
        (ief4["type"], ief4["scales"]).ShouldBe(("likert", "internal_efficacy (reversed)"));
        ief4["values"].ShouldStartWith("1 = Strongly disagree; 2 = Disagree;");
        codebook.Rows.Single(r => r["variable"] == "ief1")["scales"].ShouldBe("internal_efficacy");

        codebookCsv[0].ShouldBe(["variable", "label", "type", "required", "show_if", "values", "scales"]);
        var byVariable = codebookCsv.Skip(1).ToDictionary(r => r[0]);
        byVariable.Keys.ShouldContain("submitted_at");
        (byVariable["gender"][2], byVariable["gender"][3]).ShouldBe(("select_one", "yes"));
        byVariable["gender"][5].ShouldStartWith("female = Female; male = Male;");
        byVariable["activities"][5].ShouldBe("from 0 to 200");
        byVariable["comment"][4].ShouldBe("${gender} = 'female'");
        byVariable["organisations"][2].ShouldBe("select_multiple");
    }

    [Fact]
    public async Task A_viewer_can_neither_import_nor_export_and_an_analyst_can_export_but_not_import()
    {
        var (surveyId, _) = await WithResponsesAsync();
        var viewerApi = await app.ApiAs(Role.Viewer);
        var analystApi = await app.ApiAs(Role.Analyst);
        var viewer = await app.BrowserAs(Role.Viewer);
        var analyst = await app.BrowserAs(Role.Analyst);
        var before = await app.Db(db => db.SurveyResponses.CountAsync());
        var file = Csv("ief1,gender", "7,female");

        foreach (var url in new[] { "responses.csv", "responses.xlsx", "codebook.csv" })
        {
            (await viewerApi.GetAsync($"/surveys/{surveyId}/{url}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            (await analystApi.GetAsync($"/surveys/{surveyId}/{url}")).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        var viewerPage = await viewer.PageAsync($"/surveys/{surveyId}/responses");
        viewerPage.QuerySelector("input[type=file]").ShouldBeNull();
        viewerPage.QuerySelector($"a[href='/surveys/{surveyId}/responses.csv']").ShouldBeNull();
        viewerPage.QuerySelector("main, body")!.TextContent.ShouldContain("2 responses");
        (await TransferHelpers.UploadAsync(viewer, $"/surveys/{surveyId}/responses", "upload", file, "r.csv", CsvType)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TransferHelpers.UploadAsync(analyst, $"/surveys/{surveyId}/responses", "upload", file, "r.csv", CsvType)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var analystPage = await analyst.PageAsync($"/surveys/{surveyId}/responses");
        analystPage.QuerySelector($"a[href='/surveys/{surveyId}/responses.csv']").ShouldNotBeNull();
        analystPage.QuerySelector("input[type=file]").ShouldBeNull();
        (await app.Db(db => db.SurveyResponses.CountAsync())).ShouldBe(before);
    }

    /// <summary>The seed-000 instrument with a required question and a free-text one shown on a condition.</summary>
    private static Survey Instrument()
    {
        var survey = PoliticalEfficacyTemplate.Build(DateTime.UtcNow);
        survey.Items.Single(i => i.Name == "gender").Required = true;
        survey.Items.Add(new SurveyItem
        {
            Name = "comment",
            Type = ItemType.Text,
            Label = LocalizedText.Of("en", "Anything else you would like to tell us?"),
            ShowIf = "${gender} = 'female'",
            Section = survey.Sections[^1],
            Position = 100,
        });
        return survey;
    }

    /// <summary>A survey with a wave and two responses: one from the wave, one imported.</summary>
    private async Task<(int SurveyId, Survey Survey)> WithResponsesAsync()
    {
        var instrument = Instrument();
        instrument.Waves.Add(new SurveyWave { Name = "Spring wave", PublicKey = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow });
        var surveyId = await StoreAsync(app, instrument);
        var survey = await LoadAsync(app, surveyId);
        int Id(string name) => survey.Items.Single(i => i.Name == name).Id;
        await app.InsertAsync(
            new SurveyResponse
            {
                SurveyId = surveyId, WaveId = survey.Waves.Single().Id, Origin = ResponseOrigin.PublicLink, SubmittedAt = new DateTime(2024, 5, 31, 0, 0, 0, DateTimeKind.Utc),
                AnswersJson = AnswerSheet.ToJson(new Dictionary<int, string>
                {
                    [Id("ief1")] = "7", [Id("organisations")] = "humanitarian educational", [Id("gender")] = "female",
                    [Id("comment")] = "=HYPERLINK(\"http://example.test\",\"open\")",
                }),
            },
            new SurveyResponse
            {
                SurveyId = surveyId, Origin = ResponseOrigin.Import, SubmittedAt = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc),
                AnswersJson = AnswerSheet.ToJson(new Dictionary<int, string> { [Id("gender")] = "male" }),
            });
        return (surveyId, survey);
    }

    private async Task<(Survey Survey, List<SurveyResponse> Responses)> StoredAsync(int surveyId) =>
        (await LoadAsync(app, surveyId),
            // Ids are random, so the day and then the answers give the order.
            await app.Db(db => db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).OrderBy(r => r.SubmittedAt).ThenBy(r => r.AnswersJson).ToListAsync()));

    /// <summary>The stored answers by item name, sorted so they compare with an expected set regardless of order.</summary>
    private static SortedDictionary<string, string> Answers(Survey survey, SurveyResponse response) =>
        new(AnswerSheet.FromJson(response.AnswersJson).ToDictionary(pair => survey.Items.Single(i => i.Id == pair.Key).Name, pair => pair.Value), StringComparer.Ordinal);

    private static async Task<IHtmlDocument> UploadAsync(Browser browser, int surveyId, byte[] file, string fileName, string contentType = CsvType)
    {
        var response = await TransferHelpers.UploadAsync(browser, $"/surveys/{surveyId}/responses", "upload", file, fileName, contentType);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = (IHtmlDocument)await Browser.ParseAsync(response);
        page.QuerySelector("input[name=_handler][value=map]").ShouldNotBeNull(Describe(page));
        return page;
    }

    private static async Task<IHtmlDocument> MapAsync(Browser browser, int surveyId, IHtmlDocument mappingPage, IDictionary<string, string>? changes = null)
    {
        var response = await PostFormAsync(browser, $"/surveys/{surveyId}/responses", mappingPage, "map", changes);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (IHtmlDocument)await Browser.ParseAsync(response);
    }

    private static string Selected(IHtmlDocument page, string name) =>
        ((IHtmlSelectElement)page.QuerySelector($"select[name={name}]").ShouldNotBeNull(name)).Value ?? "";

    private static string Describe(IHtmlDocument page) => page.QuerySelector("[role=alert]")?.TextContent.Trim() ?? "(no alert)";

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private static Dictionary<string, string> Row(string[] header, string[] cells) =>
        header.Zip(cells).ToDictionary(pair => pair.First, pair => pair.Second);

    private static List<string[]> ParseCsv(string text)
    {
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }
}

public sealed class ResponseTransferTestsOnSqlite(SqliteApp app) : ResponseTransferTests(app), IClassFixture<SqliteApp>;

public sealed class ResponseTransferTestsOnPostgres(PostgresApp app) : ResponseTransferTests(app), IClassFixture<PostgresApp>;
