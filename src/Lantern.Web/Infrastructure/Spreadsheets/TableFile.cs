using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper.Configuration;
using CsvHelper.Delegates;
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

/// <summary>
/// Reads an uploaded CSV or XLSX sheet into rows keyed by lower-case column name, within the
/// <see cref="SpreadsheetLimits"/>: a file over one is refused with a problem naming the limit and where.
/// </summary>
public static class TableFile
{
    /// <summary>The one problem of a file that is no XLSX workbook at all.</summary>
    public static readonly TableProblem NotAWorkbook = new(0, "", "The file is not a readable XLSX workbook.");

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

    public static (Table? Table, List<TableProblem> Problems) Read(byte[] content, TableFormat format, SpreadsheetLimits limits)
    {
        var problems = new List<TableProblem>();
        try
        {
            var raw = format == TableFormat.Csv ? ReadCsv(content, limits, problems) : ReadXlsx(content, limits);
            return raw is null ? (null, problems) : (ToTable(raw, problems), problems);
        }
        catch (SpreadsheetLimitException limit)
        {
            problems.Add(limit.Problem);
            return (null, problems);
        }
        catch (Exception ex) when (format == TableFormat.Xlsx && IsUnreadable(ex))
        {
            problems.Add(NotAWorkbook);
            return (null, problems);
        }
    }

    private static List<string[]>? ReadCsv(byte[] content, SpreadsheetLimits limits, List<TableProblem> problems)
    {
        var text = DecodeUtf8(content, problems);
        return text is null ? null : new CsvRecords(text, DelimiterOf(text), limits, problems).ReadAll();
    }

    /// <summary>Comma, semicolon or tab, whichever the first lines use, as CsvHelper detects it; a comma when none is found.</summary>
    private static char DelimiterOf(string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiterValues = [",", ";", "\t"] };
        // CsvHelper looks at the first buffer it reads, 4,096 characters.
        var detected = ConfigurationFunctions.GetDelimiter(new GetDelimiterArgs(text[..Math.Min(text.Length, 4096)], configuration));
        return string.IsNullOrEmpty(detected) ? ',' : detected[0];
    }

    /// <summary>
    /// Reads every sheet of an XLSX workbook, for formats made of several sheets (XLSForm). Each
    /// sheet is read as <see cref="Read"/> reads one; null with a problem when the file is no workbook
    /// or over a limit.
    /// </summary>
    public static (IReadOnlyList<WorkbookSheet>? Sheets, TableProblem? Problem) ReadWorkbook(byte[] content, SpreadsheetLimits limits)
    {
        try
        {
            using var reader = OpenWorkbook(content, limits);
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
        catch (SpreadsheetLimitException limit)
        {
            return (null, limit.Problem);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            return (null, NotAWorkbook);
        }
    }

    // What reading a malformed workbook throws; ExcelDataReader parses some attributes with int.Parse.
    private static bool IsUnreadable(Exception ex) =>
        ex is InvalidDataException or IOException or ExcelDataReader.Exceptions.ExcelReaderException or System.Xml.XmlException
            or InvalidOperationException or NotSupportedException or FormatException or OverflowException or ArgumentNullException;

    private static List<string[]> ReadXlsx(byte[] content, SpreadsheetLimits limits)
    {
        using var reader = OpenWorkbook(content, limits);
        return ReadSheet(reader);
    }

    /// <summary>ExcelDataReader over a workbook that <see cref="XlsxGuard"/> found within the limits.</summary>
    private static IExcelDataReader OpenWorkbook(byte[] content, SpreadsheetLimits limits)
    {
        XlsxGuard.Check(content, limits);
        return ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(content, writable: false));
    }

    /// <summary>The rows of the reader's current sheet, cells as invariant text.</summary>
    private static List<string[]> ReadSheet(IExcelDataReader reader)
    {
        var rows = new List<string[]>();
        var cells = new string[reader.FieldCount];
        while (reader.Read())
        {
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

            rows.Add(rows.Count == 0 ? [.. cells] : DataRow(cells));
        }

        return rows;
    }

    /// <summary>
    /// A data row's cells up to its last one that is not blank. Blank cells at the end mean nothing,
    /// and a sheet as wide as its widest row would otherwise cost its width in every row, blank or
    /// not: one cell in column 500 and row 100,000 made 400 MB of empty cells. The header keeps its width.
    /// </summary>
    internal static string[] DataRow(ReadOnlySpan<string> cells)
    {
        var length = cells.Length;
        while (length > 0 && string.IsNullOrWhiteSpace(cells[length - 1]))
        {
            length--;
        }

        return cells[..length].ToArray();
    }

    /// <summary>Strict UTF-8 (with or without BOM); names the line of the first bad byte.</summary>
    private static string? DecodeUtf8(byte[] content, List<TableProblem> problems)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // Valid text is decoded once, straight into the string the reader keeps.
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // Decoding stops at the first invalid byte.
        Utf8.ToUtf16(bytes, new char[bytes.Length], out var bytesRead, out _, replaceInvalidSequences: false);
        var line = bytes[..bytesRead].Count((byte)'\n') + 1;
        problems.Add(new TableProblem(line, "", $"the file is not UTF-8: this line has an invalid byte (file offset {bytesRead}). Save it as \"CSV UTF-8\" and upload again."));
        return null;
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
