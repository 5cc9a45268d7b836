using System.Text;

namespace Lantern.Cases.Htcds;

/// <summary>
/// Reads CSV (RFC 4180) one record at a time from a TextReader, checking the limits as each
/// character arrives, so no cell, row or file grows past them in memory. Lantern.Web has its own
/// reader (CsvRecords), but it is internal to the web project and reads from one whole string;
/// this library must not depend on the web, so it carries this small one.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, HtcdsLimits limits)
{
    private const int End = -1;
    private readonly StringBuilder cell = new();
    private int pushedBack = -2;
    private int rowChars;
    private bool started;

    /// <summary>The number of the record last read, as a spreadsheet numbers rows (the header is 1).</summary>
    public int Row { get; private set; }

    /// <summary>Problems that spoil a row but let reading go on: quotes out of place.</summary>
    public List<(int Row, int Column, string Message)> Problems { get; } = [];

    /// <summary>Reads the next record into <paramref name="cells"/>; false at the end of the text.</summary>
    /// <exception cref="StopReading">A limit is exceeded or a quoted cell never ends: reading cannot go on.</exception>
    public bool TryRead(List<string> cells)
    {
        cells.Clear();
        rowChars = 0;
        var c = Next();
        if (!started)
        {
            started = true;
            if (c == '\uFEFF')
            {
                // A UTF-8 byte order mark that the caller's reader left in: not part of the first cell.
                rowChars = 0;
                c = Next();
            }
        }

        if (c == End)
        {
            return false;
        }

        Row++;
        if (Row > limits.MaxRows + 1)
        {
            throw new StopReading(Row, null, $"more than {limits.MaxRows:N0} rows below the header, the limit; split the file.");
        }

        while (true)
        {
            if (cells.Count == limits.MaxColumns)
            {
                throw new StopReading(Row, null, $"more than {limits.MaxColumns:N0} cells, the limit.");
            }

            c = c == '"' ? ReadQuoted(cells.Count) : ReadPlain(c, cells.Count);
            cells.Add(cell.ToString());
            if (c == ',')
            {
                c = Next();
                continue;
            }

            if (c == '\r')
            {
                var after = Next();
                if (after != '\n')
                {
                    pushedBack = after;
                }
            }

            return true;
        }
    }

    private int ReadPlain(int c, int column)
    {
        cell.Clear();
        var quoteSeen = false;
        while (c is not (',' or '\r' or '\n' or End))
        {
            quoteSeen |= c == '"';
            Append(c, column);
            c = Next();
        }

        if (quoteSeen)
        {
            Problems.Add((Row, column, "a quote is out of place; enclose the whole cell in double quotes and double any quote inside it."));
        }

        return c;
    }

    private int ReadQuoted(int column)
    {
        cell.Clear();
        var startRow = Row;
        while (true)
        {
            var c = Next();
            if (c == End)
            {
                throw new StopReading(startRow, column, "a quoted cell is never closed: the file ends inside it. Close it with a double quote.");
            }

            if (c == '"')
            {
                c = Next();
                if (c != '"')
                {
                    return c is ',' or '\r' or '\n' or End ? c : ReadAfterClosingQuote(c, column);
                }
            }

            Append(c, column);
        }
    }

    private int ReadAfterClosingQuote(int c, int column)
    {
        Problems.Add((Row, column, "text follows the closing quote; enclose the whole cell in double quotes and double any quote inside it."));
        while (c is not (',' or '\r' or '\n' or End))
        {
            Append(c, column);
            c = Next();
        }

        return c;
    }

    private void Append(int c, int column)
    {
        if (cell.Length == limits.MaxCellChars)
        {
            throw new StopReading(Row, column, $"a cell is longer than {limits.MaxCellChars:N0} characters, the limit.");
        }

        cell.Append((char)c);
    }

    private int Next()
    {
        int c;
        if (pushedBack != -2)
        {
            c = pushedBack;
            pushedBack = -2;
        }
        else
        {
            c = reader.Read();
        }

        if (c != End && ++rowChars > limits.MaxRowChars)
        {
            throw new StopReading(Row, null, $"a row is longer than {limits.MaxRowChars:N0} characters, the limit.");
        }

        return c;
    }
}

/// <summary>Reading a file had to stop: where (a column's position, from 0, if it is one cell), and why.</summary>
internal sealed class StopReading(int row, int? column, string message) : Exception(message)
{
    public int Row { get; } = row;

    public int? Column { get; } = column;
}
