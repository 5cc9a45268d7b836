using System.Text;

namespace Lantern.Cases.Htcds;

/// <summary>
/// HTCDS cases as CSV (RFC 4180): a header row of field names, then one case a row. Every column
/// is optional; multi-select values are separated by semicolons; dates are yyyy-MM-dd; countries
/// ISO 3166-1 alpha-2; yes/no columns yes or no. Export is safe to open in a spreadsheet.
/// </summary>
public static class HtcdsCsv
{
    /// <summary>Reads a file of cases: all of them, or every problem and none of them. A UTF-8 byte order mark is accepted.</summary>
    public static HtcdsReadResult Read(Stream stream, string fileName, HtcdsLimits? limits = null)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(text, fileName, limits);
    }

    /// <inheritdoc cref="Read(Stream, string, HtcdsLimits?)"/>
    public static HtcdsReadResult Read(TextReader text, string fileName, HtcdsLimits? limits = null)
    {
        limits ??= HtcdsLimits.Default;
        var reader = new CsvRecordReader(text, limits);
        var collector = new CaseCollector(limits);
        var header = Array.Empty<string>();
        try
        {
            var cells = new List<string>();
            if (!reader.TryRead(cells))
            {
                collector.Problem(1, "", "the file is empty; its first row must name the columns.");
                return collector.Result(fileName);
            }

            header = [.. cells.Select(cell => FormulaGuard.Restore(cell.Trim()))];
            var fields = Columns(header, collector);
            while (reader.TryRead(cells))
            {
                collector.Add(reader.Row, Case(reader.Row, cells, header, fields, collector, out var rowHasProblems), rowHasProblems);
            }
        }
        catch (StopReading stop)
        {
            return Finish(reader, collector, header, fileName, stop);
        }

        return Finish(reader, collector, header, fileName, null);
    }

    /// <summary>Writes a header of every column Lantern knows, then one row a case, each cell neutralised against formulas.</summary>
    public static void Write(IEnumerable<HtcdsCase> cases, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(writer);
        WriteRow(writer, HtcdsFields.Columns.Select(field => field.Name));
        foreach (var written in cases)
        {
            WriteRow(writer, HtcdsFields.Columns.Select(field => written.Written(field.Name) ?? ""));
        }
    }

    private static HtcdsField?[] Columns(string[] header, CaseCollector collector)
    {
        var fields = new HtcdsField?[header.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var where = ColumnLetters(i);
            fields[i] = collector.Column(1, where, header[i]);
            if (fields[i] is not null && !seen.TryAdd(header[i], i))
            {
                collector.Problem(1, where, $"{header[i]} is also column {ColumnLetters(seen[header[i]])}; each column may appear once.");
                fields[i] = null;
            }
        }

        return fields;
    }

    private static HtcdsCase Case(int row, List<string> cells, string[] header, HtcdsField?[] fields, CaseCollector collector, out bool rowHasProblems)
    {
        var read = HtcdsCase.Empty;
        rowHasProblems = false;
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(cells[i]))
            {
                continue;
            }

            if (i >= fields.Length)
            {
                collector.Problem(row, ColumnLetters(i), "a value lies beyond the last named column; name its column or delete it.");
                rowHasProblems = true;
                continue;
            }

            if (fields[i] is not { } field)
            {
                // The column itself is already reported in the header; its cells add nothing.
                rowHasProblems = true;
                continue;
            }

            // A formula-looking cell is plain text here; the apostrophe an export added comes off.
            var value = HtcdsCells.Parse(field, FormulaGuard.Restore(cells[i]), out var problem);
            if (problem is not null)
            {
                collector.Problem(row, header[i], problem);
                rowHasProblems = true;
            }

            read = read.WithParsed(field, value);
        }

        return read;
    }

    private static HtcdsReadResult Finish(CsvRecordReader reader, CaseCollector collector, string[] header, string fileName, StopReading? stop)
    {
        foreach (var (row, column, message) in reader.Problems)
        {
            collector.Problem(row, ColumnName(header, column), message);
        }

        return collector.Result(fileName, stop, stop?.Column is { } column2 ? ColumnName(header, column2) : "");
    }

    private static string ColumnName(string[] header, int column) =>
        column < header.Length && HtcdsFields.Find(header[column]) is not null ? header[column] : ColumnLetters(column);

    /// <summary>A column as a spreadsheet shows it: 0 is A, 26 is AA.</summary>
    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            var safe = FormulaGuard.Neutralise(cell);
            writer.Write(safe.AsSpan().IndexOfAny(",\"\r\n") < 0 ? safe : "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        }

        // RFC 4180 ends every record with CRLF.
        writer.Write("\r\n");
    }
}
