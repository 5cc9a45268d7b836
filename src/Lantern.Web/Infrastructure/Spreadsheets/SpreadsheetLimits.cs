namespace Lantern.Web.Infrastructure.Spreadsheets;

/// <summary>
/// How much an uploaded table may hold once read. The upload limits bound a file as it is sent, but
/// an XLSX file is a zip: 613 KB of it held one 600 MB cell and took the server from 384 MB to
/// 3.6 GB. These limits bound what reading costs. They are checked while the file is read, before
/// any cell's text is copied, and reading stops at the first one exceeded with a problem that names
/// the limit and where it was exceeded. Configured under <c>Spreadsheets</c> (<c>Spreadsheets__MaxRows</c>…).
/// </summary>
public sealed record SpreadsheetLimits
{
    public const string Section = "Spreadsheets";

    /// <summary>
    /// Bytes of one part of an XLSX file (a sheet, the shared strings) once inflated, declared or
    /// actual. Sheet XML takes 20 to 30 bytes a cell, so 50 MB holds about as many cells as the
    /// 10 MB a CSV upload may have.
    /// </summary>
    public long MaxPartBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Bytes of all parts of an XLSX file together once inflated.</summary>
    public long MaxTotalBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// How many times its compressed size a part larger than 1 MB may inflate. Spreadsheet XML
    /// compresses 5 to 30 times; a zip bomb's part a thousand times.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Characters in one cell: Excel's own limit, so no file Excel wrote is refused for it.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>Rows below the header row, blank rows included, as a spreadsheet numbers them.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Columns: no cell may lie beyond this column, and no row may hold more cells.</summary>
    public int MaxColumns { get; init; } = 500;

    /// <summary>
    /// Sheets in a workbook. XLSForm uses four or five; the reader matches sheets to their parts
    /// one by one, which takes time in the square of their number.
    /// </summary>
    public int MaxSheets { get; init; } = 50;
}

/// <summary>A file went over one of the <see cref="SpreadsheetLimits"/>; <see cref="Problem"/> names the limit and where.</summary>
internal sealed class SpreadsheetLimitException(TableProblem problem) : Exception(problem.ToString())
{
    public TableProblem Problem { get; } = problem;
}
