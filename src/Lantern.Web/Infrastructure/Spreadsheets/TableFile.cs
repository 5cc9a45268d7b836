using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;
using ExcelDataReader;

namespace Lantern.Web.Infrastructure.Spreadsheets;

public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>A problem in an uploaded table. Row 1 is the header row; row 0 means the file as a whole.</summary>
public sealed record TableProblem(int Row, string Column, string Reason)
{
    public override string ToString() => Row == 0 ? Reason : Column.Length == 0 ? $"row {Row}: {Reason}" : $"row {Row}, column {Column}: {Reason}";
}

/// <summary>A data row. <see cref="Cells"/> holds the cells as written in the file.</summary>
public sealed record TableRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The cell's text, with the quote an export puts before formula-like text removed.</summary>
    public string this[string column] => SpreadsheetCells.Restore(Cells.GetValueOrDefault(column, ""));
}

public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows);

/// <summary>One sheet of a workbook; <see cref="Table"/> is null when the sheet is empty or unreadable, as its problems say.</summary>
public sealed record WorkbookSheet(string Name, Table? Table, IReadOnlyList<TableProblem> Problems);

/// <summary>Reads an uploaded CSV or XLSX sheet into rows keyed by lower-case column name.</summary>
public static class TableFile
{
    public const int MaxRows = 100_000;

    // ExcelDataReader decodes some workbook parts with Windows code pages, which .NET Core only
    // offers once this provider is registered.
    static TableFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TableFormat? FormatOf(string? fileName, string? contentType) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".csv" or ".txt" => TableFormat.Csv,
            ".xlsx" => TableFormat.Xlsx,
            _ => contentType switch
            {
                "text/csv" => TableFormat.Csv,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => TableFormat.Xlsx,
                _ => null,
            },
        };

    public static (Table? Table, List<TableProblem> Problems) Read(byte[] content, TableFormat format)
    {
        var problems = new List<TableProblem>();
        try
        {
            var raw = format == TableFormat.Csv ? ReadCsv(content, problems) : ReadXlsx(content);
            return raw is null ? (null, problems) : (ToTable(raw, problems), problems);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or CsvHelperException or ExcelDataReader.Exceptions.ExcelReaderException
                                       or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            problems.Add(new TableProblem(0, "", format == TableFormat.Xlsx
                ? "The file is not a readable XLSX workbook."
                : $"The CSV file could not be read: {ex.Message.Split('\n')[0]}"));
            return (null, problems);
        }
    }

    private static List<string[]>? ReadCsv(byte[] content, List<TableProblem> problems)
    {
        var text = DecodeUtf8(content, problems);
        if (text is null)
        {
            return null;
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = args => problems.Add(new TableProblem(args.Context.Parser?.Row ?? 0, "", "a quote is out of place; enclose the whole cell in double quotes and double any quote inside it.")),
            MissingFieldFound = null,
            // Blank lines are kept (and skipped later) so row numbers match what a spreadsheet shows.
            IgnoreBlankLines = false,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record ?? []);
            if (rows.Count > MaxRows + 1)
            {
                throw new InvalidDataException($"More than {MaxRows:N0} rows; split the file.");
            }
        }

        return rows;
    }

    /// <summary>
    /// Reads every sheet of an XLSX workbook, for formats made of several sheets (XLSForm). Each
    /// sheet is read as <see cref="Read"/> reads one; null with a problem when the file is no workbook.
    /// </summary>
    public static (IReadOnlyList<WorkbookSheet>? Sheets, TableProblem? Problem) ReadWorkbook(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var sheets = new List<WorkbookSheet>();
            do
            {
                var problems = new List<TableProblem>();
                var table = ToTable(ReadSheet(reader), problems);
                sheets.Add(new WorkbookSheet(reader.Name, table, problems));
            }
            while (reader.NextResult());

            return (sheets, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ExcelDataReader.Exceptions.ExcelReaderException
                                       or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            return (null, new TableProblem(0, "", ex is InvalidDataException { Message: var message } && message.StartsWith("More than", StringComparison.Ordinal)
                ? message : "The file is not a readable XLSX workbook."));
        }
    }

    private static List<string[]> ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        return ReadSheet(reader);
    }

    /// <summary>The rows of the reader's current sheet, cells as invariant text.</summary>
    private static List<string[]> ReadSheet(IExcelDataReader reader)
    {
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetValue(i) switch
                {
                    null => "",
                    // A date cell stays a date; one with a time of day (a submission time) keeps it, in ISO 8601.
                    DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                    double number => number.ToString(CultureInfo.InvariantCulture),
                    bool flag => flag ? "true" : "false",
                    var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
                };
            }

            rows.Add(cells);
            if (rows.Count > MaxRows + 1)
            {
                throw new InvalidDataException($"More than {MaxRows:N0} rows; split the file.");
            }
        }

        return rows;
    }

    /// <summary>Strict UTF-8 (with or without BOM); names the line of the first bad byte.</summary>
    private static string? DecodeUtf8(byte[] content, List<TableProblem> problems)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var line = bytes[..bytesRead].Count((byte)'\n') + 1;
            problems.Add(new TableProblem(line, "", $"the file is not UTF-8: this line has an invalid byte (file offset {bytesRead}). Save it as \"CSV UTF-8\" and upload again."));
            return null;
        }

        return new string(chars, 0, charsWritten);
    }

    private static Table? ToTable(List<string[]> raw, List<TableProblem> problems)
    {
        // Trailing blank lines are common in hand-made files and mean nothing.
        while (raw.Count > 0 && raw[^1].All(string.IsNullOrWhiteSpace))
        {
            raw.RemoveAt(raw.Count - 1);
        }

        if (raw.Count == 0)
        {
            problems.Add(new TableProblem(0, "", "The file is empty: expected a header row."));
            return null;
        }

        var columns = raw[0].Select(c => c.Trim().ToLowerInvariant()).ToList();
        var duplicate = columns.Where(c => c.Length > 0).GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add(new TableProblem(1, duplicate.Key, "this column appears twice in the header."));
            return null;
        }

        var rows = new List<TableRow>(raw.Count - 1);
        for (var i = 1; i < raw.Count; i++)
        {
            if (raw[i].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (raw[i].Length > columns.Count && raw[i].Skip(columns.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                problems.Add(new TableProblem(i + 1, "", $"the row has {raw[i].Length} cells but the header has {columns.Count} columns."));
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < columns.Count && c < raw[i].Length; c++)
            {
                if (columns[c].Length > 0)
                {
                    cells[columns[c]] = raw[i][c].Trim();
                }
            }

            rows.Add(new TableRow(i + 1, cells));
        }

        return new Table(columns, rows);
    }
}
