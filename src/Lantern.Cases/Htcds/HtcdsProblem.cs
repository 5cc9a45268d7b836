namespace Lantern.Cases.Htcds;

/// <summary>
/// One thing wrong with a file, where a person can find it: the row as a spreadsheet numbers it
/// (the header is row 1; in JSON the case's position, from 1) and the column's name, or "" for the row.
/// </summary>
public sealed record HtcdsProblem(int Row, string Column, string Message)
{
    public override string ToString() =>
        Column.Length == 0 ? $"Row {Row}: {Message}" : $"Row {Row}, column {Column}: {Message}";
}
