using System.Buffers;

namespace Lantern.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Defends spreadsheet users against formula injection (OWASP "CSV injection"): a cell that starts
/// with = + - @ or a control character is run as a formula by Excel and LibreOffice.
/// </summary>
public static class SpreadsheetCells
{
    private static readonly SearchValues<char> FormulaMarkers = SearchValues.Create("|!=");

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// Prefixes a quote so the cell is shown as text. Every export goes through this. A plain
    /// number ("-0.52", "+3") is left alone: spreadsheets read it as a number, never as a formula,
    /// and researchers need negative estimates to stay numbers.
    /// </summary>
    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : IsTrigger(value[0]) && !IsPlainNumber(value) ? "'" + value : value;

    private static bool IsPlainNumber(string value) =>
        value.AsSpan(1).IndexOfAnyExcept(PlainNumberChars) < 0
        && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static readonly SearchValues<char> PlainNumberChars = SearchValues.Create("0123456789.eE+-");

    /// <summary>Undoes <see cref="Neutralise"/>, so an exported file imports back unchanged.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && IsTrigger(value[1]) ? value[1..] : value;

    /// <summary>
    /// True for text a spreadsheet would run as a formula: it starts with = or @; or with + or -
    /// followed by a letter or symbol ("+cmd"), or carrying a DDE payload ("-2+3+cmd|' /C calc'!A0").
    /// A number, a phone number ("+30 (210) 123-4567") or a bullet ("- first point") is text.
    /// </summary>
    public static bool LooksLikeFormula(string value) =>
        value.Length > 0 && (value[0] is '=' or '@'
            || (value[0] is '+' or '-' && value.Length > 1
                && (!(char.IsDigit(value[1]) || value[1] is ' ' or '(') || value.AsSpan(1).ContainsAny(FormulaMarkers))));

    /// <summary>A column's letters as a spreadsheet shows them: column 0 is A, column 26 is AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters;
    }
}
