using System.Text;
using Lantern.Cases.Htcds;

namespace Lantern.Cases.Tests.Htcds;

/// <summary>What Lantern writes, it reads back as equal cases; and what it writes is safe to open in a spreadsheet.</summary>
public sealed class HtcdsRoundTripTests
{
    private static readonly IReadOnlyList<HtcdsCase> Cases = RandomCases.Make(seed: 20_240_331, count: 300);

    [Fact]
    public void Cases_written_as_csv_read_back_equal()
    {
        var text = new StringWriter();
        HtcdsCsv.Write(Cases, text);

        var result = HtcdsCsv.Read(new StringReader(text.ToString()), "export.csv");

        result.Problems.ShouldBeEmpty();
        result.Cases.ShouldBe(Cases);
    }

    [Fact]
    public void Cases_written_as_json_read_back_equal()
    {
        var bytes = new MemoryStream();
        HtcdsJson.Write(Cases, bytes);
        bytes.Position = 0;

        var result = HtcdsJson.Read(bytes, "export.json");

        result.Problems.ShouldBeEmpty();
        result.Cases.ShouldBe(Cases);
    }

    [Fact]
    public void The_csv_header_names_every_column_and_rows_end_with_crlf()
    {
        var text = new StringWriter();
        HtcdsCsv.Write([HtcdsCase.Empty.With(HtcdsFields.CaseId, "C-1")], text);

        text.ToString().Split("\r\n")[0].ShouldBe(string.Join(',', HtcdsFields.Columns.Select(field => field.Name)));
        text.ToString().ShouldEndWith("\r\n");
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("'=1", "''=1")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("'quoted", "'quoted")]
    public void Export_neutralises_formula_looking_cells_and_reading_restores_them(string comment, string cell)
    {
        var one = HtcdsCase.Empty.With(HtcdsFields.CaseId, "C-1").With("cco_CaseComment", comment);
        var text = new StringWriter();

        HtcdsCsv.Write([one], text);

        var row = text.ToString().Split("\r\n")[1];
        row.Split(',')[HtcdsFields.Columns.ToList().FindIndex(field => field.Name == "cco_CaseComment")].Trim('"').ShouldBe(cell);
        HtcdsCsv.Read(new StringReader(text.ToString()), "x.csv").Cases.Single().ShouldBe(one);
    }

    [Fact]
    public void A_case_written_as_json_uses_field_names_as_keys_and_arrays_for_multi_select()
    {
        var bytes = new MemoryStream();
        HtcdsJson.Write([HtcdsCase.Empty.With(HtcdsFields.CaseId, "C-1").With("vic_TypeOfExploitation", "ForcedLabour")], bytes);

        var json = Encoding.UTF8.GetString(bytes.ToArray());

        json.ShouldContain("\"lantern_CaseId\": \"C-1\"");
        json.ShouldContain("\"vic_TypeOfExploitation\": [");
    }

    [Fact]
    public void Json_with_problems_gives_every_problem_by_case_and_key()
    {
        var json = """[{"lantern_CaseId":"C-1","prs_Birthdate":"2024-13-01"},{"vic_Mood":"x"},{},{"lantern_CaseId":"C-1"}]""";

        var result = HtcdsJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json");

        result.Cases.ShouldBeEmpty();
        result.Problems.Select(problem => (problem.Row, problem.Column)).ShouldBe([(1, "prs_Birthdate"), (2, "vic_Mood"), (3, ""), (4, "lantern_CaseId")]);
    }

    [Fact]
    public void The_example_in_the_documentation_reads()
    {
        var doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "htcds.md"));
        var start = doc.IndexOf("```csv\n", StringComparison.Ordinal) + 7;
        var example = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var result = HtcdsCsv.Read(new StringReader(example), "htcds.md");

        result.Problems.ShouldBeEmpty();
        result.Cases.Count.ShouldBe(2);
        result.Cases[1].Choices(MethodsOfControl.FieldName).ShouldBe([MethodsOfControl.RestrictsMovement]);
    }
}
