using System.Buffers;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Lantern.Statistics.Data;

/// <summary>
/// A rectangular table of numbers read from a file, stored column by column. <see cref="double.NaN"/>
/// marks a missing value. Every row remembers the line of the file it came from.
/// </summary>
/// <remarks>
/// A column that holds text (lavaan's example data has a <c>school</c> column, for instance) is kept
/// but cannot be used: reading its values, <see cref="Select"/>ing it or deleting rows by it throws a
/// <see cref="CsvFormatException"/> that names its first cell that is not a number. The table never
/// changes after it is built; <see cref="Select"/> shares the column arrays.
/// </remarks>
public sealed class NumericTable
{
    private readonly string[] _columns;
    private readonly double[][] _values;
    private readonly int[] _lines;
    private readonly CellProblem?[] _problems;
    private readonly Dictionary<string, int> _index;

    internal NumericTable(string sourceName, string[] columns, double[][] values, int[] lines, CellProblem?[] problems)
    {
        SourceName = sourceName;
        _columns = columns;
        _values = values;
        _lines = lines;
        _problems = problems;
        _index = new Dictionary<string, int>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            _index.Add(columns[i], i);
        }

        Columns = new ReadOnlyCollection<string>(columns);
    }

    /// <summary>Where the data came from (a file name), for messages.</summary>
    public string SourceName { get; }

    /// <summary>The column names, in the order of the file.</summary>
    public IReadOnlyList<string> Columns { get; }

    public int RowCount => _lines.Length;

    /// <summary>The value in a cell; <see cref="double.NaN"/> when missing.</summary>
    /// <exception cref="CsvFormatException">The column holds text that is not a number.</exception>
    public double this[int row, int column]
    {
        get
        {
            ThrowIfNotNumeric(column);
            return _values[column][row];
        }
    }

    /// <summary>The 1-based line of the file the row came from.</summary>
    public int SourceLine(int row) => _lines[row];

    /// <summary>The index of the named column, or -1.</summary>
    public int ColumnIndex(string name) => _index.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Whether every cell of the column is a number or missing.</summary>
    public bool IsNumeric(int column) => _problems[column] is null;

    /// <summary>All values of a column, one per row.</summary>
    /// <exception cref="CsvFormatException">The column holds text that is not a number.</exception>
    public ReadOnlySpan<double> GetValues(int column)
    {
        ThrowIfNotNumeric(column);
        return _values[column];
    }

    /// <summary>A table of the named columns only, in the order given, with the same rows.</summary>
    /// <exception cref="ArgumentException">A name is not a column, or is named twice.</exception>
    /// <exception cref="CsvFormatException">A named column holds text that is not a number.</exception>
    public NumericTable Select(IReadOnlyList<string> columns)
    {
        var indices = Resolve(columns);
        var names = new string[indices.Length];
        var values = new double[indices.Length][];
        var problems = new CellProblem?[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            names[i] = _columns[indices[i]];
            values[i] = _values[indices[i]];
        }

        return new NumericTable(SourceName, names, values, _lines, problems);
    }

    /// <summary>
    /// Listwise deletion: the rows with a value in every named column. All columns are kept; the
    /// rows keep their source lines.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a column, or is named twice.</exception>
    /// <exception cref="CsvFormatException">A named column holds text that is not a number.</exception>
    public NumericTable DropRowsWithMissing(IReadOnlyList<string> columns)
    {
        var indices = Resolve(columns);
        var keep = new bool[RowCount];
        var kept = 0;
        for (var row = 0; row < keep.Length; row++)
        {
            var complete = true;
            foreach (var column in indices)
            {
                if (double.IsNaN(_values[column][row]))
                {
                    complete = false;
                    break;
                }
            }

            keep[row] = complete;
            kept += complete ? 1 : 0;
        }

        if (kept == RowCount)
        {
            return this;
        }

        var values = new double[_values.Length][];
        for (var column = 0; column < values.Length; column++)
        {
            values[column] = Filter(_values[column], keep, kept);
        }

        return new NumericTable(SourceName, _columns, values, Filter(_lines, keep, kept), _problems);
    }

    /// <summary>A table from values in memory (one array per column); the rows get lines 2, 3, … as if below a header.</summary>
    /// <exception cref="ArgumentException">The names and columns do not match, a name is repeated, or the columns differ in length.</exception>
    public static NumericTable FromColumns(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<double>> values, string sourceName = "(data)")
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (columns.Count != values.Count)
        {
            throw new ArgumentException($"{columns.Count} column names for {values.Count} columns.", nameof(values));
        }

        var rows = values.Count == 0 ? 0 : values[0].Count;
        var names = new string[columns.Count];
        var data = new double[columns.Count][];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = columns[i];
            if (!seen.Add(names[i]))
            {
                throw new ArgumentException($"The column name \"{names[i]}\" is repeated.", nameof(columns));
            }

            if (values[i].Count != rows)
            {
                throw new ArgumentException($"Column \"{names[i]}\" has {values[i].Count} values, but the first column has {rows}.", nameof(values));
            }

            data[i] = [.. values[i]];
        }

        var lines = new int[rows];
        for (var row = 0; row < rows; row++)
        {
            lines[row] = row + 2;
        }

        return new NumericTable(sourceName, names, data, lines, new CellProblem?[names.Length]);
    }

    private int[] Resolve(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var indices = new int[columns.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            var index = ColumnIndex(columns[i]);
            if (index < 0)
            {
                throw new ArgumentException($"{SourceName} has no column \"{columns[i]}\".", nameof(columns));
            }

            if (Array.IndexOf(indices, index, 0, i) >= 0)
            {
                throw new ArgumentException($"The column \"{columns[i]}\" is named twice.", nameof(columns));
            }

            ThrowIfNotNumeric(index);
            indices[i] = index;
        }

        return indices;
    }

    private void ThrowIfNotNumeric(int column)
    {
        if (_problems[column] is { } problem)
        {
            throw new CsvFormatException(SourceName, problem.Line, problem.ColumnNumber, _columns[column], problem.Describe());
        }
    }

    private static T[] Filter<T>(T[] source, bool[] keep, int kept)
    {
        var result = new T[kept];
        var next = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (keep[i])
            {
                result[next++] = source[i];
            }
        }

        return result;
    }
}

/// <summary>The first cell of a column that is not a number: where it is and what it says.</summary>
internal readonly record struct CellProblem(int Line, int ColumnNumber, string Text, bool IsNonFinite)
{
    public string Describe() => IsNonFinite
        ? $"\"{Text}\" is not a finite number"
        : $"\"{Text}\" is not a number";
}

/// <summary>A CSV file that cannot be read as a table of numbers; the message names the place.</summary>
public sealed class CsvFormatException : FormatException
{
    public CsvFormatException(string sourceName, int line, int? columnNumber, string? columnName, string problem)
        : base(Describe(sourceName, line, columnNumber, columnName, problem))
    {
        SourceName = sourceName;
        Line = line;
        ColumnNumber = columnNumber;
        ColumnName = columnName;
        Problem = problem;
    }

    public string SourceName { get; }

    /// <summary>1-based line of the file.</summary>
    public int Line { get; }

    /// <summary>1-based column (cell) number, when the problem is in one cell.</summary>
    public int? ColumnNumber { get; }

    /// <summary>The header's name for the column, when known.</summary>
    public string? ColumnName { get; }

    /// <summary>The message without the place.</summary>
    public string Problem { get; }

    private static string Describe(string sourceName, int line, int? columnNumber, string? columnName, string problem) =>
        (columnNumber, columnName) switch
        {
            (null, _) => $"{sourceName}: line {line}: {problem}",
            ({ } number, null) => $"{sourceName}: line {line}, column {number}: {problem}",
            ({ } number, { } name) => $"{sourceName}: line {line}, column \"{name}\" ({number}): {problem}",
        };
}

/// <summary>
/// Reads CSV files of numbers (RFC 4180): comma-separated cells, double-quoted cells with <c>""</c>
/// for a quote, <c>\n</c> or <c>\r\n</c> line ends, a header row of column names. <c>NA</c> or an
/// empty cell is missing. Numbers use the invariant culture (<c>1.5</c>, <c>-2e-3</c>; surrounding
/// spaces are fine). Blank lines are skipped, as R's <c>read.csv</c> does.
/// </summary>
public static class CsvNumbers
{
    private const int MaxQuotedText = 40;

    /// <summary>Reads a CSV file; messages name the file by <paramref name="path"/>.</summary>
    /// <exception cref="CsvFormatException">The file is not a valid CSV table.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static NumericTable ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads CSV text; <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="CsvFormatException">The text is not a valid CSV table.</exception>
    public static NumericTable Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var parser = new CsvParser(reader, sourceName);
        var names = ReadHeader(parser, sourceName);
        parser.Header = names;

        var columns = new List<double>[names.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = [];
        }

        var lines = new List<int>();
        var problems = new CellProblem?[names.Length];
        while (parser.ReadRecord())
        {
            if (parser.IsBlankRecord)
            {
                continue;
            }

            if (parser.CellCount != names.Length)
            {
                throw parser.CellCount < names.Length
                    ? new CsvFormatException(sourceName, parser.RecordLine, parser.CellCount + 1, names[parser.CellCount],
                        $"the row has {parser.CellCount} cells, but the header has {names.Length} columns")
                    : new CsvFormatException(sourceName, parser.RecordLine, names.Length + 1, null,
                        $"the row has {parser.CellCount} cells, but the header has {names.Length} columns");
            }

            for (var i = 0; i < names.Length; i++)
            {
                var cell = parser.Cell(i);
                var status = ParseNumber(cell, out var value);
                if (status != NumberStatus.Ok && problems[i] is null)
                {
                    problems[i] = new CellProblem(parser.CellLine(i), i + 1, Shorten(cell.Trim()), status == NumberStatus.NonFinite);
                }

                columns[i].Add(value);
            }

            lines.Add(parser.RecordLine);
        }

        var values = new double[names.Length][];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = [.. columns[i]];
        }

        return new NumericTable(sourceName, names, values, [.. lines], problems);
    }

    private static string[] ReadHeader(CsvParser parser, string sourceName)
    {
        do
        {
            if (!parser.ReadRecord())
            {
                throw new CsvFormatException(sourceName, 1, null, null,
                    "the file is empty; a header row with the column names is required");
            }
        }
        while (parser.IsBlankRecord);

        var names = new string[parser.CellCount];
        var seen = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = parser.Cell(i).Trim().ToString();
            if (name.Length == 0)
            {
                throw new CsvFormatException(sourceName, parser.CellLine(i), i + 1, null, "the column name is empty");
            }

            if (!seen.TryAdd(name, i + 1))
            {
                throw new CsvFormatException(sourceName, parser.CellLine(i), i + 1, null,
                    $"duplicate column name \"{name}\" (also column {seen[name]})");
            }

            names[i] = name;
        }

        return names;
    }

    private enum NumberStatus
    {
        Ok,
        NotANumber,
        NonFinite,
    }

    /// <summary>A number, or NaN for <c>NA</c> and empty cells.</summary>
    private static NumberStatus ParseNumber(ReadOnlySpan<char> cell, out double value)
    {
        var text = cell.Trim();
        if (text.IsEmpty || text is "NA")
        {
            value = double.NaN;
            return NumberStatus.Ok;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            if (double.IsFinite(value))
            {
                return NumberStatus.Ok;
            }

            value = double.NaN;
            return NumberStatus.NonFinite;
        }

        value = double.NaN;
        return NumberStatus.NotANumber;
    }

    private static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= MaxQuotedText ? text.ToString() : string.Concat(text[..MaxQuotedText], "…");

    /// <summary>
    /// Splits the text into records of cells. A record's cells are kept in one reused character
    /// buffer, so reading allocates little beyond the numbers themselves.
    /// </summary>
    private sealed class CsvParser(TextReader reader, string sourceName)
    {
        private static readonly SearchValues<char> CellEnds = SearchValues.Create(",\r\n");
        private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

        private readonly char[] _buffer = new char[16 * 1024];
        private readonly List<(int Start, int Length, int Line)> _cells = [];
        private int _position;
        private int _length;
        private bool _started;
        private char[] _text = new char[256];
        private int _textLength;

        /// <summary>The column names, once read, to name columns in messages.</summary>
        public string[]? Header { get; set; }

        /// <summary>The line the next character is on.</summary>
        public int Line { get; private set; } = 1;

        /// <summary>The line the last record started on.</summary>
        public int RecordLine { get; private set; }

        public int CellCount => _cells.Count;

        /// <summary>A record that is an empty or all-blank line.</summary>
        public bool IsBlankRecord { get; private set; }

        public ReadOnlySpan<char> Cell(int index) => _text.AsSpan(_cells[index].Start, _cells[index].Length);

        public int CellLine(int index) => _cells[index].Line;

        /// <summary>Reads the next record; false at the end of the text.</summary>
        public bool ReadRecord()
        {
            if (!_started)
            {
                _started = true;
                if (Peek() == '\uFEFF')
                {
                    _position++;
                }
            }

            _cells.Clear();
            _textLength = 0;
            IsBlankRecord = false;
            if (Peek() < 0)
            {
                return false;
            }

            RecordLine = Line;
            var blank = true;
            while (true)
            {
                var start = _textLength;
                var line = Line;
                if (Peek() == '"')
                {
                    blank = false;
                    ReadQuotedCell();
                }
                else
                {
                    ReadPlainCell();
                    blank &= _cells.Count == 0 && _text.AsSpan(start, _textLength - start).IsWhiteSpace();
                }

                _cells.Add((start, _textLength - start, line));
                var next = Peek();
                if (next == ',')
                {
                    _position++;
                    blank = false;
                    continue;
                }

                if (next >= 0)
                {
                    // A line end: \n, \r\n or a lone \r.
                    _position++;
                    if (next == '\r' && Peek() == '\n')
                    {
                        _position++;
                    }

                    Line++;
                }

                IsBlankRecord = blank;
                return true;
            }
        }

        /// <summary>Up to the next comma or line end, which is left unread.</summary>
        private void ReadPlainCell()
        {
            while (_position < _length || Fill())
            {
                var available = _buffer.AsSpan(_position, _length - _position);
                var end = available.IndexOfAny(CellEnds);
                if (end >= 0)
                {
                    Append(available[..end]);
                    _position += end;
                    return;
                }

                Append(available);
                _position = _length;
            }
        }

        /// <summary>From the opening quote to the closing one; after it only spaces may come before the comma or line end.</summary>
        private void ReadQuotedCell()
        {
            var openedOn = Line;
            _position++;
            while (true)
            {
                if (_position == _length && !Fill())
                {
                    throw Error(openedOn, _cells.Count, "unterminated quoted cell: the quote opened on this line is never closed");
                }

                var available = _buffer.AsSpan(_position, _length - _position);
                var stop = available.IndexOfAny(QuotedStops);
                if (stop < 0)
                {
                    Append(available);
                    _position = _length;
                    continue;
                }

                Append(available[..stop]);
                var c = available[stop];
                _position += stop + 1;
                if (c == '"')
                {
                    if (Peek() != '"')
                    {
                        break;
                    }

                    _position++;
                    Append("\"");
                }
                else
                {
                    Append(c == '\r' ? "\r" : "\n");
                    if (c == '\r' && Peek() == '\n')
                    {
                        _position++;
                        Append("\n");
                    }

                    Line++;
                }
            }

            int after;
            while ((after = Peek()) is ' ' or '\t')
            {
                _position++;
            }

            if (after is not (',' or '\r' or '\n' or -1))
            {
                throw Error(Line, _cells.Count, $"unexpected character '{(char)after}' after the closing quote");
            }
        }

        private CsvFormatException Error(int line, int cellIndex, string problem)
        {
            var name = Header is { } header && cellIndex < header.Length ? header[cellIndex] : null;
            return new CsvFormatException(sourceName, line, cellIndex + 1, name, problem);
        }

        /// <summary>The next character without reading it, or -1 at the end.</summary>
        private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

        private bool Fill()
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            return _length > 0;
        }

        private void Append(ReadOnlySpan<char> chars)
        {
            if (_textLength + chars.Length > _text.Length)
            {
                Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + chars.Length));
            }

            chars.CopyTo(_text.AsSpan(_textLength));
            _textLength += chars.Length;
        }
    }
}
