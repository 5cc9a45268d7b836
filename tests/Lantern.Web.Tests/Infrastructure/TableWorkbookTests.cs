using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantern.Web.Infrastructure.Spreadsheets;
using Lantern.Web.Tests.Infrastructure.Spreadsheets;

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

        var (sheets, problem) = TableFile.ReadWorkbook(file, new());

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

        var (sheets, _) = TableFile.ReadWorkbook(file, new());

        var second = sheets.ShouldNotBeNull()[1].Table.ShouldNotBeNull();
        second.Rows.Select(r => r.Cells["answer"]).ShouldBe(["'=HYPERLINK(\"http://example.test\")", "'@SUM(A1)"], "stored as text, not formulas");
        second.Rows.Select(r => r["answer"]).ShouldBe(["=HYPERLINK(\"http://example.test\")", "@SUM(A1)"], "the reader restores what was typed");
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_problem_for_the_whole_file()
    {
        var (sheets, problem) = TableFile.ReadWorkbook("type,name\ntext,q1\n"u8.ToArray(), new());

        sheets.ShouldBeNull();
        problem.ShouldNotBeNull().Row.ShouldBe(0);
        problem.Reason.ShouldBe("The file is not a readable XLSX workbook.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" sheetId=\"one\"")]
    [InlineData(" sheetId=\"99999999999\"")]
    public void A_workbook_whose_sheet_number_the_reader_cannot_parse_is_one_problem_rather_than_an_error(string sheetId)
    {
        // ExcelDataReader reads a sheet's number with int.Parse, whose exceptions went unhandled.
        var file = HostileFiles.WithPart(TableExport.WriteWorkbook([new TableSheet("a", ["x"], [["1"]])]), "xl/workbook.xml",
            xml => Regex.Replace(xml, " sheetId=\"[0-9]+\"", sheetId));

        var (sheets, problem) = TableFile.ReadWorkbook(file, new());

        sheets.ShouldBeNull();
        problem.ShouldBe(TableFile.NotAWorkbook);
    }

    [Fact]
    public void An_empty_sheet_is_reported_without_hiding_the_others()
    {
        var file = TableExport.WriteWorkbook([new TableSheet("empty", [], []), new TableSheet("full", ["a"], [["1"]])]);

        var (sheets, _) = TableFile.ReadWorkbook(file, new());

        var read = sheets.ShouldNotBeNull();
        read[0].Table.ShouldBeNull();
        read[0].Problems.ShouldHaveSingleItem().Reason.ShouldContain("empty");
        read[1].Table.ShouldNotBeNull().Rows.Single()["a"].ShouldBe("1");
    }

    [Fact]
    public void Date_cells_read_as_iso_dates_and_keep_a_time_of_day_when_they_have_one()
    {
        var file = WorkbookWithDateCells(new DateTime(2024, 5, 31), new DateTime(2024, 5, 31, 14, 3, 9));

        var (table, problems) = TableFile.Read(file, TableFormat.Xlsx, new());

        problems.ShouldBeEmpty();
        table.ShouldNotBeNull().Rows.Select(r => r["when"]).ShouldBe(["2024-05-31", "2024-05-31T14:03:09"]);
    }

    /// <summary>A sheet "when" of date cells, written as a spreadsheet program does: a serial number with a date format.</summary>
    private static byte[] WorkbookWithDateCells(params DateTime[] dates)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            // Built-in number format 22 is "m/d/yyyy h:mm": the reader sees a date.
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 }, new Fills(new Fill()) { Count = 1 }, new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }) { Count = 2 });
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var header = new Row(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("when")) });
            var rows = dates.Select(date => new Row(new Cell { StyleIndex = 1, CellValue = new CellValue(date.ToOADate()) }));
            sheet.Worksheet = new Worksheet(new SheetData(rows.Prepend(header)));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "when" });
            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }
}
