using System.Buffers;
using System.Globalization;

namespace Lantern.Cases.Htcds;

/// <summary>
/// The export rule of Lantern.Web's SpreadsheetCells, mirrored here because this library cannot
/// reference the web: a cell that starts with = + - @ tab or carriage return is run as a formula
/// by Excel and LibreOffice, so it gets a leading apostrophe, and reading takes the apostrophe
/// off again. A plain number ("-3.5") is left alone. One addition: a value that itself starts
/// with an apostrophe before such a character ("'=1") gets one more, so it too reads back unchanged.
/// </summary>
internal static class FormulaGuard
{
    private static readonly SearchValues<char> PlainNumberChars = SearchValues.Create("0123456789.eE+-");

    public static string Neutralise(string value) => NeedsGuard(value) ? "'" + value : value;

    public static string Restore(string value) => value.Length > 1 && value[0] == '\'' && NeedsGuard(value[1..]) ? value[1..] : value;

    private static bool NeedsGuard(string value)
    {
        var unquoted = value.TrimStart('\'');
        return unquoted.Length > 0 && IsTrigger(unquoted[0]) && !IsPlainNumber(unquoted);
    }

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool IsPlainNumber(string value) =>
        value.AsSpan(1).IndexOfAnyExcept(PlainNumberChars) < 0
        && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
