namespace Lantern.Cases.Htcds;

/// <summary>
/// How much one file may hold. Reading checks them as it goes, before a cell is copied further,
/// and stops at the first one exceeded, so a hostile file costs bounded memory.
/// </summary>
public sealed record HtcdsLimits
{
    public static HtcdsLimits Default { get; } = new();

    /// <summary>Cases (rows below the header, or objects in a JSON array).</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Columns of a row. The standard and Lantern's columns are under 90.</summary>
    public int MaxColumns { get; init; } = 100;

    /// <summary>Characters of one cell: Excel's own limit, so no file Excel wrote is refused for it.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>Characters of one row, newlines inside quoted cells included.</summary>
    public int MaxRowChars { get; init; } = 1_048_576;

    /// <summary>
    /// Problems reported before reading stops. Every problem of a file is reported up to this many;
    /// beyond it a file is not worth reading on, and a list of millions helps nobody.
    /// </summary>
    public int MaxProblems { get; init; } = 1_000;

    /// <summary>Bytes of a JSON file, which is parsed whole.</summary>
    public long MaxJsonBytes { get; init; } = 100L * 1024 * 1024;
}
