using System.Net;
using AngleSharp.Html.Dom;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Features.Surveys.Transfer.TransferHelpers;

namespace Lantern.Web.Tests.Features.Surveys.Transfer;

/// <summary>
/// Instruments in and out as XLSForm workbooks: a supported form becomes a survey, anything Lantern
/// cannot keep is reported by sheet, row and column with nothing created, and an exported instrument
/// imports back as the same instrument.
/// </summary>
public abstract class XlsFormTests(LanternFactory app)
{
    private const string ImportUrl = "/surveys/import-xlsform";

    private static readonly string[] GoodSurvey =
    [
        "type|name|label::English (en)|label::Italiano (it)|hint::English (en)|required|relevant|appearance|constraint",
        "start|started||||||",
        "begin_group|about|About you|Su di te",
        "select_one gender|gender|Gender|Genere||yes",
        "integer|age|Age|Età|In whole years|||| . >= 18 and . <= 99",
        "end_group",
        "begin group|views|Views|Opinioni|||${age} >= 18",
        "select_one agree|trust|I trust my council|Mi fido del mio comune||||likert",
        "select_multiple media|media|Media you use|Media che usi||TRUE",
        "text|why|Why television?|Perché la televisione?|||selected(${media}, 'tv')",
        "end group",
        "date|visited|Last visit|Ultima visita",
    ];

    private static readonly string[] GoodChoices =
    [
        "list_name|name|label::English (en)|label::Italiano (it)",
        "gender|female|Female|Donna", "gender|male|Male|Uomo",
        "agree|1|Strongly disagree|Per niente d'accordo", "agree|2|Disagree|In disaccordo", "agree|3|Neither|Né l'uno né l'altro",
        "agree|4|Agree|D'accordo", "agree|5|Strongly agree|Del tutto d'accordo",
        "media|tv|Television|Televisione", "media|radio|Radio|Radio",
    ];

    private static readonly string[] GoodSettings = ["form_title|default_language", "Council survey|English (en)"];

    [Fact]
    public async Task A_supported_workbook_becomes_a_survey_with_sections_items_choices_languages_and_conditions()
    {
        var browser = await app.BrowserAs(Role.Researcher);

        var page = await ImportAsync(browser, Workbook(("survey", GoodSurvey), ("choices", GoodChoices), ("settings", GoodSettings)));

        var status = page.QuerySelector("[role=status]").ShouldNotBeNull(page.QuerySelector("[role=alert]")?.TextContent).TextContent;
        status.ShouldContain("start");
        status.ShouldContain("not an answer of the respondent");
        var id = int.Parse(page.QuerySelector("[role=status] a").ShouldNotBeNull().GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var survey = await LoadAsync(app, id);
        survey.Title.ShouldBe("Council survey");
        survey.Origin.ShouldBe("xlsform");
        survey.DefaultLanguage.ShouldBe("en");
        survey.LanguageList.ShouldBe(["en", "it"]);
        survey.Sections.Select(s => s.Title.In("it", "en")).ShouldBe(["Su di te", "Opinioni", "Council survey"]);
        survey.Sections[1].ShowIf.ShouldBe("${age} >= 18");
        survey.Items.Select(i => (i.Name, i.Type)).ShouldBe(
        [
            ("gender", ItemType.SingleChoice), ("age", ItemType.WholeNumber), ("trust", ItemType.Likert),
            ("media", ItemType.MultipleChoice), ("why", ItemType.Text), ("visited", ItemType.Date),
        ]);
        survey.Items.Where(i => i.Required).Select(i => i.Name).ShouldBe(["gender", "media"]);
        var age = survey.Items.Single(i => i.Name == "age");
        (age.Minimum, age.Maximum).ShouldBe((18m, 99m));
        age.Hint.In("en", "en").ShouldBe("In whole years");
        age.Label.In("it", "en").ShouldBe("Età");
        survey.Items.Single(i => i.Name == "why").ShowIf.ShouldBe("selected(${media}, 'tv')");
        var trust = survey.Items.Single(i => i.Name == "trust");
        trust.Choices.Select(c => c.Value).ShouldBe(["1", "2", "3", "4", "5"]);
        trust.Choices[0].Label.In("it", "en").ShouldBe("Per niente d'accordo");
        survey.Items.Single(i => i.Name == "gender").Choices.Select(c => c.Label.In("en", "en")).ShouldBe(["Female", "Male"]);
    }

    public static TheoryData<string, string, string> BadConstructs => new()
    {
        { "note|n1|A note", "", "sheet 'survey', row 4, column 'type': the type 'note' is not supported" },
        { "calculate|c1|Total||||||1+1", "", "sheet 'survey', row 4, column 'type'" },
        { "geopoint|where|Where?", "", "sheet 'survey', row 4, column 'type'" },
        { "image|photo|Photo", "", "sheet 'survey', row 4, column 'type'" },
        { "select_one_from_file towns.csv|town|Town", "", "sheet 'survey', row 4, column 'type'" },
        { "rank yn|order|Order", "", "sheet 'survey', row 4, column 'type'" },
        { "begin_repeat|people|People", "", "sheet 'survey', row 4, column 'type': repeats are not supported" },
        { "integer|n|Number||||. > 5", "", "sheet 'survey', row 4, column 'constraint'" },
        { "select_one yn|q3|Three||||||yes", "", "sheet 'survey', row 4, column 'choice_filter'" },
        { "text|q3|Three|||||1 + 1", "", "sheet 'survey', row 4, column 'calculation'" },
        { "text|q3|Three|||||||a", "", "sheet 'survey', row 4, column 'default'" },
        { "text|q3|Three||||||||yes", "", "sheet 'survey', row 4, column 'read_only'" },
        { "select_one missing|q3|Three", "", "sheet 'survey', row 4, column 'type': the list 'missing' is not in the choices sheet" },
        { "text|q1|Again", "", "sheet 'survey', row 4, column 'name': the name 'q1' is already used in row 2" },
        { "text|3rd|Third", "", "sheet 'survey', row 4, column 'name': '3rd' is not a valid name" },
        { "text|q3|Three||${q1} =", "", "sheet 'survey', row 4, column 'relevant': at character" },
        { "text|q3|Three||${later} = 'x'", "", "sheet 'survey', row 4, column 'relevant': 'later' is not the name of an earlier question" },
        { "text|q3|Three|maybe", "", "sheet 'survey', row 4, column 'required'" },
        { "select_one yn|q3|Three|||likert", "", "sheet 'survey', row 4, column 'type': a likert question needs 5 or 7 choices" },
        { "", "yn|not sure|Not sure", "sheet 'choices', row 4, column 'name': 'not sure': a choice value cannot contain spaces" },
        { "", "yn|yes|Yes again", "sheet 'choices', row 4, column 'name': the value 'yes' is already in list 'yn' (row 2)" },
    };

    [Theory]
    [MemberData(nameof(BadConstructs), MemberType = typeof(XlsFormTests))]
    public async Task Each_unsupported_construct_is_reported_by_sheet_row_and_column_and_no_survey_is_created(string surveyRow, string choiceRow, string expected)
    {
        var browser = await app.BrowserAs(Role.Researcher);
        string[] survey =
        [
            "type|name|label|required|relevant|appearance|constraint|calculation|choice_filter|default|read_only",
            "text|q1|Question one",
            "select_one yn|q2|Question two",
            .. surveyRow.Length > 0 ? [surveyRow] : Array.Empty<string>(),
        ];
        string[] choices = ["list_name|name|label", "yn|yes|Yes", "yn|no|No", .. choiceRow.Length > 0 ? [choiceRow] : Array.Empty<string>()];
        var before = await SurveyCountAsync();

        var page = await ImportAsync(browser, Workbook(("survey", survey), ("choices", choices)));

        Problems(page).ShouldContain(p => p.StartsWith(expected, StringComparison.Ordinal),
            string.Join(" / ", Problems(page)));
        (await SurveyCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_group_inside_a_group_and_an_unclosed_group_are_reported()
    {
        var browser = await app.BrowserAs(Role.Researcher);
        string[] survey = ["type|name|label", "begin_group|outer|Outer", "begin_group|inner|Inner", "text|q1|One", "end_group", "begin_group|last|Last", "text|q2|Two"];
        var before = await SurveyCountAsync();

        var problems = Problems(await ImportAsync(browser, Workbook(("survey", survey))));

        problems.ShouldContain("sheet 'survey', row 3, column 'type': groups inside groups are not supported: Lantern's sections do not nest.");
        problems.ShouldContain(p => p.StartsWith("sheet 'survey', row 2, column 'type'", StringComparison.Ordinal) || p.StartsWith("sheet 'survey', row 6, column 'type'", StringComparison.Ordinal));
        (await SurveyCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_language_without_a_code_an_unknown_column_and_a_default_language_without_labels_are_reported()
    {
        var browser = await app.BrowserAs(Role.Researcher);
        string[] survey = ["type|name|label::English|media::image", "text|q1|One|photo.png"];
        string[] settings = ["form_title|default_language", "Form|Greek (el)"];
        var before = await SurveyCountAsync();

        var problems = Problems(await ImportAsync(browser, Workbook(("survey", survey), ("settings", settings))));

        problems.ShouldContain("sheet 'survey', row 1, column 'label::english': name the language with its code, for example label::English (en).");
        problems.ShouldContain("sheet 'survey', row 2, column 'media::image': Lantern does not support this column; remove it or leave it empty.");
        problems.ShouldContain(p => p.StartsWith("sheet 'survey', row 2, column 'label': the question has no label in Greek (el)", StringComparison.Ordinal));
        (await SurveyCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_and_a_workbook_without_a_survey_sheet_are_reported()
    {
        var browser = await app.BrowserAs(Role.Researcher);
        var before = await SurveyCountAsync();

        var notXlsx = Problems(await ImportAsync(browser, "type,name,label\ntext,q1,One\n"u8.ToArray(), "form.xlsx"));
        var noSurvey = Problems(await ImportAsync(browser, Workbook(("choices", ["list_name|name|label", "yn|yes|Yes"]))));

        notXlsx.ShouldHaveSingleItem().ShouldContain("not a readable XLSX workbook");
        noSurvey.ShouldHaveSingleItem().ShouldBe("sheet 'survey': the workbook has no sheet named 'survey'; every XLSForm needs one.");
        (await SurveyCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_workbook_over_a_limit_is_reported_with_the_limit_and_where()
    {
        var browser = await app.BrowserAs(Role.Researcher);
        var before = await SurveyCountAsync();
        var workbook = HostileFiles.Workbook(s => HostileFiles.Write(s, HostileFiles.Row(1, "type", "name") + HostileFiles.Row(100_002, "text", "q1")));

        var problems = Problems(await ImportAsync(browser, workbook));

        problems.ShouldHaveSingleItem().ShouldBe("Sheet 'Data', row 100,002: more than 100,000 rows below the header, the limit; split the file.");
        (await SurveyCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_exported_instrument_imports_back_as_the_same_instrument()
    {
        var original = PoliticalEfficacyTemplate.Build(DateTime.UtcNow);
        // The template is in English only and has no conditions; give it what a round trip must carry.
        original.Languages = "en,it";
        original.ConsentStatement = original.ConsentStatement.With("it", "Partecipare è volontario.");
        var ief1 = original.Items.Single(i => i.Name == "ief1");
        ief1.Label = ief1.Label.With("it", "Mi considero ben preparato per partecipare alla politica.");
        ief1.Hint = LocalizedText.Of("en", "Think of the past year.").With("it", "Pensa all'ultimo anno.");
        ief1.Choices[0].Label = ief1.Choices[0].Label.With("it", "Per niente d'accordo");
        ief1.Required = true;
        original.Items.Single(i => i.Name == "eef1").ShowIf = "${ief1} >= 4 and ${ief2} != ''";
        original.Sections[1].Title = original.Sections[1].Title.With("it", "Come risponde il governo");
        original.Sections[2].ShowIf = "${eef9} > 2";
        var originalId = await StoreAsync(app, original);
        var stored = await LoadAsync(app, originalId);
        var browser = await app.BrowserAs(Role.Researcher);

        var export = await browser.Client.GetAsync($"/surveys/{originalId}/xlsform.xlsx");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe(XlsxType);
        var page = await ImportAsync(browser, await export.Content.ReadAsByteArrayAsync());

        page.QuerySelector("[role=status]").ShouldNotBeNull(string.Join(" / ", Problems(page)));
        var copyId = int.Parse(page.QuerySelector("[role=status] a")!.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var copy = await LoadAsync(app, copyId);
        (copy.Title, copy.Description, copy.ConsentStatement).ShouldBe((stored.Title, stored.Description, stored.ConsentStatement));
        (copy.DefaultLanguage, copy.Languages).ShouldBe(("en", "en,it"));
        copy.Sections.Select(s => (s.Title, s.ShowIf)).ShouldBe(stored.Sections.Select(s => (s.Title, s.ShowIf)));
        copy.Items.Select(Describe).ShouldBe(stored.Items.Select(Describe));
        copy.Items.Select(i => copy.Sections.FindIndex(s => s.Id == i.SectionId)).ShouldBe(stored.Items.Select(i => stored.Sections.FindIndex(s => s.Id == i.SectionId)));
        copy.Scales.Select(s => Describe(copy, s)).ShouldBe(stored.Scales.Select(s => Describe(stored, s)));
        copy.Scales.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_viewer_can_neither_import_nor_export_an_xlsform()
    {
        var surveyId = await StoreAsync(app, PoliticalEfficacyTemplate.Build(DateTime.UtcNow));
        var viewer = await app.BrowserAs(Role.Viewer);
        var api = await app.ApiAs(Role.Viewer);

        var page = await viewer.Client.GetAsync(ImportUrl);
        var export = await api.GetAsync($"/surveys/{surveyId}/xlsform.xlsx");

        page.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (page.StatusCode == HttpStatusCode.Redirect)
        {
            page.Headers.Location!.OriginalString.ShouldContain("/account/denied");
        }

        export.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static string Describe(SurveyItem item) =>
        $"{item.Name}|{item.Type}|{Texts(item.Label)}|{Texts(item.Hint)}|{item.Required}|{item.ShowIf}|{item.Minimum}|{item.Maximum}|{item.AdaptedFrom}|"
        + string.Join(",", item.Choices.Select(c => $"{c.Value}={Texts(c.Label)}"));

    private static string Describe(Survey survey, SurveyScale scale) =>
        $"{scale.Name}|{scale.Label}|{scale.Scoring}|" + string.Join(",", scale.Items.Select(m => $"{survey.Items.Single(i => i.Id == m.ItemId).Name}:{m.Reversed}").Order());

    private static string Texts(LocalizedText text) => string.Join(";", text.Texts.Select(p => $"{p.Key}:{p.Value}"));

    private static byte[] Workbook(params (string Name, string[] Lines)[] sheets) =>
        TestWorkbook.Write([.. sheets.Select(s => (s.Name, s.Lines.Select(line => line.Split('|')).ToArray()))]);

    private static async Task<IHtmlDocument> ImportAsync(Browser browser, byte[] file, string fileName = "form.xlsx")
    {
        var response = await UploadAsync(browser, ImportUrl, "xlsform", file, fileName, XlsxType);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (IHtmlDocument)await Browser.ParseAsync(response);
    }

    private static List<string> Problems(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[role=alert] li").Select(li => li.TextContent.Trim())];

    private Task<int> SurveyCountAsync() => app.Db(db => db.Surveys.CountAsync());
}

public sealed class XlsFormTestsOnSqlite(SqliteApp app) : XlsFormTests(app), IClassFixture<SqliteApp>;

public sealed class XlsFormTestsOnPostgres(PostgresApp app) : XlsFormTests(app), IClassFixture<PostgresApp>;
