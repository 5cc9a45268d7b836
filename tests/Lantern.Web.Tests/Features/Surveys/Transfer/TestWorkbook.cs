using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lantern.Web.Tests.Features.Surveys.Transfer;

/// <summary>
/// Writes small workbooks for the tests as a spreadsheet program would: text as strings, and
/// cells that hold a number as numeric cells (an XLSForm's choice values 1…7 usually are).
/// Written independently of Lantern's exporter, so an import test does not lean on the code it checks.
/// </summary>
public static class TestWorkbook
{
    public static byte[] Write(params (string Name, string[][] Rows)[] sheets)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData(rows.Select(row => new Row(row.Select(Cell)))));
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }

    private static Cell Cell(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) }
            : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
}
