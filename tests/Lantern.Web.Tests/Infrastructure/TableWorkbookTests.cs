using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Workbooks of several sheets, as formats such as XLSForm and exports with a codebook need.</summary>
public sealed class TableWorkbookTests
{
    [Fact]
    public void A_workbook_of_several_sheets_reads_back_sheet_by_sheet_in_order()
    {
        var file = TableExport.WriteWorkbook(
        [
            new TableSheet("survey", ["type", "name"], [["text", "q1"], ["integer", "q2"]]),
            new TableSheet("choices", ["list_name", "name"], [["yn", "yes"]]),
        ]);

        var (sheets, problem) = TableFile.ReadWorkbook(file);

        problem.ShouldBeNull();
        var read = sheets.ShouldNotBeNull();
        read.Select(s => s.Name).ShouldBe(["survey", "choices"]);
        var survey = read[0].Table.ShouldNotBeNull();
        survey.Columns.ShouldBe(["type", "name"]);
        survey.Rows.Select(r => (r.Number, r["type"], r["name"])).ShouldBe([(2, "text", "q1"), (3, "integer", "q2")]);
        read[1].Table.ShouldNotBeNull().Rows.Single()["name"].ShouldBe("yes");
    }

    [Fact]
    public void Every_sheet_of_a_written_workbook_is_neutralised_and_reads_back_as_typed()
    {
        var file = TableExport.WriteWorkbook(
        [
            new TableSheet("first", ["a"], [["plain"]]),
            new TableSheet("second", ["answer"], [["=HYPERLINK(\"http://example.test\")"], ["@SUM(A1)"]]),
        ]);

        var (sheets, _) = TableFile.ReadWorkbook(file);

        var second = sheets.ShouldNotBeNull()[1].Table.ShouldNotBeNull();
        second.Rows.Select(r => r.Cells["answer"]).ShouldBe(["'=HYPERLINK(\"http://example.test\")", "'@SUM(A1)"], "stored as text, not formulas");
        second.Rows.Select(r => r["answer"]).ShouldBe(["=HYPERLINK(\"http://example.test\")", "@SUM(A1)"], "the reader restores what was typed");
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_problem_for_the_whole_file()
    {
        var (sheets, problem) = TableFile.ReadWorkbook("type,name\ntext,q1\n"u8.ToArray());

        sheets.ShouldBeNull();
        problem.ShouldNotBeNull().Row.ShouldBe(0);
        problem.Reason.ShouldBe("The file is not a readable XLSX workbook.");
    }

    [Fact]
    public void An_empty_sheet_is_reported_without_hiding_the_others()
    {
        var file = TableExport.WriteWorkbook([new TableSheet("empty", [], []), new TableSheet("full", ["a"], [["1"]])]);

        var (sheets, _) = TableFile.ReadWorkbook(file);

        var read = sheets.ShouldNotBeNull();
        read[0].Table.ShouldBeNull();
        read[0].Problems.ShouldHaveSingleItem().Reason.ShouldContain("empty");
        read[1].Table.ShouldNotBeNull().Rows.Single()["a"].ShouldBe("1");
    }
}
