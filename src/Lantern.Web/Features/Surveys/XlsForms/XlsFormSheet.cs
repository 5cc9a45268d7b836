using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Features.Surveys.XlsForms;

/// <summary>
/// One sheet of the workbook being imported: its rows, its language columns, and a way to report a
/// problem at one of its cells. Column names are lower case, as <see cref="TableFile"/> reads them.
/// </summary>
internal sealed class XlsFormSheet(string name, Table table, List<XlsFormProblem> problems)
{
    public string Name => name;

    public IReadOnlyList<TableRow> Rows => table.Rows;

    public IReadOnlyList<string> Columns => table.Columns;

    public bool Has(string column) => table.Columns.Contains(column);

    public void Problem(int row, string column, string reason) => problems.Add(new XlsFormProblem(name, row, column, reason));

    /// <summary>
    /// The language of each <c>prefix</c> or <c>prefix::Language (code)</c> column, in column order;
    /// a bare <c>prefix</c> column is in <paramref name="plainLanguage"/>, and a language without a code is reported.
    /// </summary>
    public IReadOnlyList<(string Column, string Language)> LanguageColumns(string prefix, string plainLanguage)
    {
        var found = new List<(string, string)>();
        foreach (var column in table.Columns)
        {
            if (column == prefix)
            {
                found.Add((column, plainLanguage));
            }
            else if (column.StartsWith(prefix + "::", StringComparison.Ordinal))
            {
                if (XlsFormLanguages.CodeOf(column[(prefix.Length + 2)..]) is { } code)
                {
                    found.Add((column, code));
                }
                else
                {
                    Problem(1, column, $"name the language with its code, for example {prefix}::English (en).");
                }
            }
        }

        return found;
    }

    /// <summary>The codes of the languages in <c>label::…</c> and <c>hint::…</c> headers, without reporting anything.</summary>
    public IEnumerable<string> CodedLanguages() =>
        table.Columns
            .Where(c => c.StartsWith(XlsFormColumns.Label + "::", StringComparison.Ordinal) || c.StartsWith(XlsFormColumns.Hint + "::", StringComparison.Ordinal))
            .Select(c => XlsFormLanguages.CodeOf(c[(c.IndexOf("::", StringComparison.Ordinal) + 2)..]))
            .OfType<string>();

    public static LocalizedText Text(TableRow row, IEnumerable<(string Column, string Language)> columns) =>
        columns.Aggregate(LocalizedText.Empty, (text, column) => text.With(column.Language, row[column.Column]));

    /// <summary>Reports every non-empty cell in a column the importer does not read, with why it matters.</summary>
    public void ReportUnreadCells(TableRow row, Func<string, bool> isRead)
    {
        foreach (var column in table.Columns.Where(c => c.Length > 0 && !c.StartsWith('$') && !isRead(c) && row[c].Length > 0))
        {
            Problem(row.Number, column, UnsupportedColumns.GetValueOrDefault(column, "Lantern does not support this column; remove it or leave it empty."));
        }
    }

    /// <summary>yes/true/1 or no/false/0 (any case), or blank for no; null when the text is neither.</summary>
    public static bool? Flag(string text) => text.ToLowerInvariant() switch
    {
        "" or "no" or "false" or "0" => false,
        "yes" or "true" or "1" => true,
        _ => null,
    };

    // Columns whose meaning Lantern cannot keep; a cell in any of them would change what respondents see.
    private static readonly Dictionary<string, string> UnsupportedColumns = new(StringComparer.Ordinal)
    {
        ["constraint_message"] = "constraint messages are not supported; Lantern words the bounds of a number itself.",
        ["choice_filter"] = "choice filters (cascading selects) are not supported.",
        ["calculation"] = "calculations are not supported.",
        ["repeat_count"] = "repeats are not supported.",
        ["default"] = "default answers are not supported.",
        ["read_only"] = "read-only questions are not supported.",
        ["required_message"] = "custom required messages are not supported.",
        ["trigger"] = "triggers are not supported.",
        ["parameters"] = "type parameters are not supported.",
    };
}
