using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lantern.Web.Infrastructure.Spreadsheets;

/// <summary>
/// The one way tables leave Lantern as files. Every cell is neutralised against formula injection
/// and written as text, so no exporter can forget to.
/// </summary>
public static class TableExport
{
    public static IResult ToResult(string fileStem, TableFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return format == TableFormat.Csv
            ? Results.Stream(stream => WriteCsvAsync(stream, header, rows), "text/csv; charset=utf-8", $"{fileStem}-{stamp}.csv")
            : Results.File(WriteXlsx(header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{fileStem}-{stamp}.xlsx");
    }

    public static async Task WriteAsync(Stream stream, TableFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        if (format == TableFormat.Csv)
        {
            await WriteCsvAsync(stream, header, rows);
        }
        else
        {
            await stream.WriteAsync(WriteXlsx(header, rows));
        }
    }

    public static Task WriteCsvAsync(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        WriteCsvAsync(stream, header, rows.ToAsyncEnumerable());

    /// <summary>Streams rows as they arrive from the database, so a long table never sits in memory whole.</summary>
    public static async Task WriteCsvAsync(Stream stream, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        await foreach (var row in rows.Prepend(header))
        {
            foreach (var cell in row)
            {
                csv.WriteField(SpreadsheetCells.Neutralise(cell));
            }

            await csv.NextRecordAsync();
        }
    }

    public static byte[] WriteXlsx(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        WriteWorkbook([new TableSheet("Lantern", header, rows)]);

    /// <summary>A workbook with one sheet per table, in the given order, every cell neutralised text.</summary>
    public static byte[] WriteWorkbook(IReadOnlyList<TableSheet> sheets)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetList = new Sheets();
            foreach (var (sheet, number) in sheets.Select((sheet, i) => (sheet, (uint)i + 1)))
            {
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                sheetPart.Worksheet = new Worksheet(SheetData(sheet));
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = number, Name = sheet.Name });
            }

            workbook.Workbook.AppendChild(sheetList);
            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }

    private static SheetData SheetData(TableSheet sheet)
    {
        var data = new SheetData();
        foreach (var row in sheet.Rows.Prepend(sheet.Header))
        {
            var line = new Row();
            foreach (var cell in row)
            {
                line.Append(new Cell
                {
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(SpreadsheetCells.Neutralise(cell)) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }

            data.Append(line);
        }

        return data;
    }
}

/// <summary>One sheet of an exported workbook.</summary>
public sealed record TableSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string?>> Rows);
