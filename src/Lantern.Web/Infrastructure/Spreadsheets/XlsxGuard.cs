using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Lantern.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Checks an XLSX file against the <see cref="SpreadsheetLimits"/> before ExcelDataReader reads it.
/// ExcelDataReader inflates parts and builds each cell's whole text with no limit of its own, so every
/// part is first inflated here through a counter that stops at the size limits, and the parts the
/// reader reads are scanned for long cells, rows and columns, their text counted in small chunks and
/// never held. The scan finds sheets and numbers rows and columns as ExcelDataReader 3.6 does, so what
/// it counts is what the reader returns. A file that passes takes memory in proportion to what it holds.
/// </summary>
internal sealed class XlsxGuard
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // The parts ExcelDataReader reads besides the sheets, under the fixed names it looks for.
    private const string WorkbookPart = "xl/workbook.xml";
    private const string WorkbookRelationshipsPart = "xl/_rels/workbook.xml.rels";
    private const string SharedStringsPart = "xl/sharedStrings.xml";
    private const string StylesPart = "xl/styles.xml";

    // Small parts (styles, an empty sheet) often compress more than 100-fold and cost nothing to inflate.
    private const long RatioExemptBytes = 1024 * 1024;

    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Prohibit, CloseInput = true };

    private readonly SpreadsheetLimits limits;
    private readonly long maxRun;
    private long inflatedTotal;

    private XlsxGuard(SpreadsheetLimits limits)
    {
        this.limits = limits;
        // An XML reader holds a whole tag, comment or text node before it hands over any of it. Between
        // two '<' lie at most one tag and one cell's text, 8 bytes a character at most when written as
        // character references; a longer stretch would only make the reader's buffer grow.
        maxRun = 8L * limits.MaxCellChars + 64 * 1024;
    }

    /// <summary>
    /// Throws <see cref="SpreadsheetLimitException"/> at the first limit exceeded, and
    /// <see cref="InvalidDataException"/> or <see cref="XmlException"/> when the file is no readable workbook.
    /// </summary>
    public static void Check(byte[] content, SpreadsheetLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        var guard = new XlsxGuard(limits);
        guard.CheckDeclaredSizes(zip.Entries);
        var workbook = Find(zip, WorkbookPart);
        var relationships = Find(zip, WorkbookRelationshipsPart);
        var sheets = guard.SheetsByPart(workbook, relationships);
        foreach (var entry in zip.Entries.Where(e => e != workbook && e != relationships))
        {
            var part = PartName(entry);
            if (sheets.TryGetValue(part, out var sheet) || part.Equals(SharedStringsPart, StringComparison.OrdinalIgnoreCase))
            {
                guard.Scan(entry, sheet);
            }
            else
            {
                guard.Drain(entry, markup: part.Equals(StylesPart, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    /// <summary>
    /// The sizes the zip declares, checked before anything is inflated. Only here is the ratio checked:
    /// .NET inflates a deflated part no further than its declared size, and a stored part does not compress.
    /// </summary>
    private void CheckDeclaredSizes(IEnumerable<ZipArchiveEntry> entries)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            var part = PartName(entry);
            if (entry.Length > limits.MaxPartBytes)
            {
                throw PartTooLarge(part);
            }

            if (entry.Length > RatioExemptBytes && entry.Length > limits.MaxCompressionRatio * entry.CompressedLength)
            {
                throw Limit($"Part {part} of the workbook inflates to {entry.Length / Math.Max(entry.CompressedLength, 1):N0} times its compressed size; " +
                            $"the limit is {limits.MaxCompressionRatio:N0} times for a part over {Size(RatioExemptBytes)}.");
            }

            total += entry.Length;
            if (total > limits.MaxTotalBytes)
            {
                throw FileTooLarge();
            }
        }
    }

    /// <summary>The sheets ExcelDataReader will read, by the part that holds each, with each sheet's name.</summary>
    private Dictionary<string, string> SheetsByPart(ZipArchiveEntry? workbook, ZipArchiveEntry? relationships)
    {
        var sheets = new List<(string Name, string Relationship)>();
        if (workbook is not null)
        {
            using var reader = Xml(workbook);
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet", NamespaceURI: Main })
                {
                    if (sheets.Count == limits.MaxSheets)
                    {
                        throw Limit($"The workbook has more than {limits.MaxSheets:N0} sheets, the limit.");
                    }

                    sheets.Add((reader.GetAttribute("name") ?? "", reader.GetAttribute("id", DocumentRelationships) ?? ""));
                }
            }
        }

        var wanted = sheets.Select(s => s.Relationship).ToHashSet(StringComparer.Ordinal);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (relationships is not null)
        {
            using var reader = Xml(relationships);
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship", NamespaceURI: PackageRelationships }
                    && reader.GetAttribute("Id") is { } id && wanted.Contains(id) && reader.GetAttribute("Target") is { } target)
                {
                    targets[id] = target;
                }
            }
        }

        // As in ExcelDataReader, a relationship gives its part to the first sheet that names it.
        var byPart = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, relationship) in sheets.DistinctBy(s => s.Relationship))
        {
            // Sheets sharing a part would have the reader read it once for each, past the limits checked here once.
            if (targets.TryGetValue(relationship, out var target) && !byPart.TryAdd(SheetPart(target), name))
            {
                throw new InvalidDataException("Two sheets of the workbook share one part.");
            }
        }

        return byPart;
    }

    /// <summary>
    /// Scans a sheet, or the shared strings when <paramref name="sheet"/> is null. Rows and columns are
    /// numbered as ExcelDataReader numbers them: a row or cell without a reference follows the one
    /// before it, row elements with the same number make one row, and a row number beyond the next
    /// one fills the gap with blank rows.
    /// </summary>
    private void Scan(ZipArchiveEntry entry, string? sheet)
    {
        var part = PartName(entry);
        var chunk = new char[4096];
        long rows = 0, nextRow = 0, chars = 0;
        int? rowIndex = null;
        int nextRowIndex = 0, nextColumn = 0, column = 0, cells = 0, strings = 0;
        // Cell text is the text of v and t elements, leaving out phonetic guides (rPh), which the reader skips.
        int textDepth = -1, phoneticDepth = -1;
        using var reader = Xml(entry);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == Main:
                    switch (reader.LocalName)
                    {
                        case "row":
                            var index = int.TryParse(reader.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? unchecked(number - 1) : nextRowIndex;
                            if (index != rowIndex)
                            {
                                rows += Math.Max(0, (long)index - nextRow) + 1;
                                nextRow = Math.Max(nextRow, index) + 1;
                                rowIndex = index;
                                cells = 0;
                                if (rows > limits.MaxRows + 1L)
                                {
                                    throw Limit($"Sheet '{sheet}', row {rows:N0}: more than {limits.MaxRows:N0} rows below the header, the limit; split the file.");
                                }
                            }

                            nextRowIndex = unchecked(index + 1);
                            nextColumn = 0;
                            break;
                        case "c":
                            column = ColumnOf(reader.GetAttribute("r")) ?? nextColumn;
                            if (column >= limits.MaxColumns)
                            {
                                throw Limit($"Sheet '{sheet}', row {rows:N0}: a cell lies beyond column {SpreadsheetCells.ColumnLetters(limits.MaxColumns - 1)}; " +
                                            $"the limit is {limits.MaxColumns:N0} columns.");
                            }

                            if (++cells > limits.MaxColumns)
                            {
                                throw Limit($"Sheet '{sheet}', row {rows:N0}: more than {limits.MaxColumns:N0} cells; the limit is {limits.MaxColumns:N0} columns.");
                            }

                            nextColumn = column + 1;
                            chars = 0;
                            break;
                        case "si":
                            strings++;
                            chars = 0;
                            break;
                        case "rPh" when !reader.IsEmptyElement:
                            phoneticDepth = reader.Depth;
                            break;
                        case "v" or "t" when !reader.IsEmptyElement && phoneticDepth < 0:
                            textDepth = reader.Depth + 1;
                            break;
                    }

                    break;
                case XmlNodeType.EndElement:
                    phoneticDepth = reader.Depth == phoneticDepth ? -1 : phoneticDepth;
                    textDepth = reader.Depth + 1 == textDepth ? -1 : textDepth;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when reader.Depth == textDepth:
                    for (int read; (read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0;)
                    {
                        chars += read;
                        if (chars > limits.MaxCellChars)
                        {
                            var place = sheet is null ? $"Shared string {strings:N0} ({part})" : $"Sheet '{sheet}', cell {SpreadsheetCells.ColumnLetters(column)}{rows}";
                            throw Limit($"{place}: the text is longer than {limits.MaxCellChars:N0} characters, the limit for one cell.");
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Inflates a part the reader does not parse, or parses without a limit of ours (styles), for its size alone.</summary>
    private void Drain(ZipArchiveEntry entry, bool markup)
    {
        using var stream = Inflate(entry, markup);
        stream.CopyTo(Stream.Null);
    }

    private XmlReader Xml(ZipArchiveEntry entry) => XmlReader.Create(Inflate(entry, markup: true), XmlSettings);

    private InflatingPart Inflate(ZipArchiveEntry entry, bool markup) => new(entry.Open(), PartName(entry), this, markup);

    private SpreadsheetLimitException PartTooLarge(string part) =>
        Limit($"Part {part} of the workbook inflates to more than {Size(limits.MaxPartBytes)}, the limit for one part; split the file.");

    private SpreadsheetLimitException FileTooLarge() =>
        Limit($"The parts of the workbook inflate to more than {Size(limits.MaxTotalBytes)} together, the limit for one file; split the file.");

    private static SpreadsheetLimitException Limit(string reason) => new(new TableProblem(0, "", reason));

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024:N0} MB" : $"{bytes / 1024:N0} KB";

    // ExcelDataReader finds parts by name whatever their case and with either slash.
    private static string PartName(ZipArchiveEntry entry) => entry.FullName.Replace('\\', '/');

    private static ZipArchiveEntry? Find(ZipArchive zip, string part) =>
        zip.Entries.FirstOrDefault(e => PartName(e).Equals(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>Where ExcelDataReader looks for a sheet's part: under xl/ unless the relationship's target is absolute.</summary>
    private static string SheetPart(string target) =>
        target.StartsWith("/xl/", StringComparison.OrdinalIgnoreCase) ? target[1..] : "xl/" + target;

    /// <summary>
    /// The column (0 for A) of a cell reference such as "C5", or null when ExcelDataReader would not
    /// read it as one and take the column after the previous cell: capital letters, then a row number.
    /// </summary>
    private static int? ColumnOf(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        long column = 0;
        var letters = 0;
        for (; letters < reference.Length && reference[letters] is >= 'A' and <= 'Z'; letters++)
        {
            // Stops growing past any limit, where ExcelDataReader's arithmetic would overflow.
            column = Math.Min(column * 26 + reference[letters] - 'A' + 1, int.MaxValue);
        }

        return letters > 0 && int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out _) ? (int)column - 1 : null;
    }

    /// <summary>A part as it inflates, counted against the size limits on every read.</summary>
    private sealed class InflatingPart(Stream inflating, string part, XlsxGuard guard, bool markup) : Stream
    {
        private long inflated;
        private long run;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inflating.Read(buffer);
            inflated += read;
            guard.inflatedTotal += read;
            // A stored part is read to its compressed size, whatever size it declares.
            if (inflated > guard.limits.MaxPartBytes)
            {
                throw guard.PartTooLarge(part);
            }

            if (guard.inflatedTotal > guard.limits.MaxTotalBytes)
            {
                throw guard.FileTooLarge();
            }

            if (markup)
            {
                CheckRuns(buffer[..read]);
            }

            return read;
        }

        /// <summary>Counts the bytes since the last '&lt;' across reads.</summary>
        private void CheckRuns(ReadOnlySpan<byte> bytes)
        {
            for (var next = bytes.IndexOf((byte)'<'); next >= 0; next = bytes.IndexOf((byte)'<'))
            {
                CheckRun(run + next);
                run = 0;
                bytes = bytes[(next + 1)..];
            }

            run += bytes.Length;
            CheckRun(run);
        }

        private void CheckRun(long length)
        {
            if (length > guard.maxRun)
            {
                throw Limit($"Part {part} of the workbook holds more than {guard.maxRun:N0} bytes of text or markup in one stretch, " +
                            $"more than a cell may hold ({guard.limits.MaxCellChars:N0} characters).");
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inflating.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
