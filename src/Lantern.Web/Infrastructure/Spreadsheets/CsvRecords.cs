using System.Runtime.InteropServices;
using System.Text;

namespace Lantern.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Reads CSV text (RFC 4180) record by record against the <see cref="SpreadsheetLimits"/>: a cell is
/// measured before it is copied, and looked for no further than a cell may reach; cells are counted
/// as they are added and rows as they begin. CsvHelper, which read uploads before, collects a whole
/// line before handing over any of its cells: for a 10 MB line of commas, hundreds of megabytes.
/// Quotes out of place are reported with their row, which a spreadsheet user can fix.
/// </summary>
internal sealed class CsvRecords(string text, char delimiter, SpreadsheetLimits limits, List<TableProblem> problems)
{
    private const string QuoteOutOfPlace = "a quote is out of place; enclose the whole cell in double quotes and double any quote inside it.";

    private readonly StringBuilder cell = new();
    private readonly char[] cellEnds = [delimiter, '\r', '\n'];
    private int position;

    /// <summary>Every record, the header first; data rows end at their last cell that is not blank.</summary>
    public List<string[]> ReadAll()
    {
        var rows = new List<string[]>();
        var cells = new List<string>();
        while (position < text.Length)
        {
            var row = rows.Count + 1;
            if (row > limits.MaxRows + 1)
            {
                throw Limit(row, "", $"more than {limits.MaxRows:N0} rows below the header, the limit; split the file.");
            }

            cells.Clear();
            do
            {
                if (cells.Count == limits.MaxColumns)
                {
                    throw Limit(row, "", $"more than {limits.MaxColumns:N0} cells; the limit is {limits.MaxColumns:N0} columns.");
                }

                cells.Add(ReadCell(row, cells.Count));
            }
            while (EndCell());

            rows.Add(row == 1 ? [.. cells] : TableFile.DataRow(CollectionsMarshal.AsSpan(cells)));
        }

        return rows;
    }

    private string ReadCell(int row, int column)
    {
        if (position == text.Length || text[position] != '"')
        {
            var plain = text.Substring(position, PlainLength(row, column, room: limits.MaxCellChars));
            position += plain.Length;
            if (plain.Contains('"', StringComparison.Ordinal))
            {
                problems.Add(new TableProblem(row, "", QuoteOutOfPlace));
            }

            return plain;
        }

        cell.Clear();
        position++;
        while (true)
        {
            var room = limits.MaxCellChars - cell.Length;
            var window = text.AsSpan(position, Math.Min(text.Length - position, room + 1));
            var quote = window.IndexOf('"');
            if (quote < 0)
            {
                if (window.Length > room)
                {
                    throw CellTooLong(row, column, quoted: true);
                }

                // The text ends inside the quotes: the rest of the file is this cell.
                problems.Add(new TableProblem(row, "", "a quote opens a cell and is never closed; close it, or double any quote inside the cell."));
                cell.Append(window);
                position = text.Length;
                return cell.ToString();
            }

            cell.Append(window[..quote]);
            position += quote + 1;
            if (position == text.Length || text[position] != '"')
            {
                break;
            }

            // A doubled quote is one quote of the cell's text.
            if (cell.Length == limits.MaxCellChars)
            {
                throw CellTooLong(row, column, quoted: true);
            }

            cell.Append('"');
            position++;
        }

        // After the closing quote comes the delimiter or the end of the line; text there is kept, as a spreadsheet keeps it.
        var after = PlainLength(row, column, room: limits.MaxCellChars - cell.Length);
        if (after > 0)
        {
            problems.Add(new TableProblem(row, "", QuoteOutOfPlace));
            cell.Append(text.AsSpan(position, after));
            position += after;
        }

        return cell.ToString();
    }

    /// <summary>The length of unquoted text from here to the next delimiter or line break, which must come within <paramref name="room"/>.</summary>
    private int PlainLength(int row, int column, int room)
    {
        var window = text.AsSpan(position, Math.Min(text.Length - position, room + 1));
        var end = window.IndexOfAny(cellEnds);
        if (end < 0 && window.Length > room)
        {
            throw CellTooLong(row, column, quoted: false);
        }

        return end < 0 ? window.Length : end;
    }

    /// <summary>Passes the delimiter or line break after a cell: true when another cell of the record follows.</summary>
    private bool EndCell()
    {
        if (position == text.Length)
        {
            return false;
        }

        var end = text[position++];
        if (end == delimiter)
        {
            return true;
        }

        if (end == '\r' && position < text.Length && text[position] == '\n')
        {
            position++;
        }

        return false;
    }

    private SpreadsheetLimitException CellTooLong(int row, int column, bool quoted) =>
        Limit(row, SpreadsheetCells.ColumnLetters(column), $"the cell is longer than {limits.MaxCellChars:N0} characters, the limit for one cell" +
                                                           (quoted ? "; if its opening quote is never closed, the rest of the file is read as this one cell." : "."));

    private static SpreadsheetLimitException Limit(int row, string column, string reason) => new(new TableProblem(row, column, reason));
}
