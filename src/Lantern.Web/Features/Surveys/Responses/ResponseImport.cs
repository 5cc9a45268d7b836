using System.Globalization;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Features.Surveys.Responses;

public sealed record ResponseImportReport(int Stored, IReadOnlyList<TableProblem> Problems)
{
    public bool Applied => Problems.Count == 0;
}

/// <summary>
/// Reads responses from an uploaded table, all or nothing: every row is checked as the public form
/// checks a submission (<see cref="AnswerSheet"/>), and every bad cell is reported by row and
/// column. The <see cref="Commands.Responses.ImportResponses"/> command stores a clean file.
/// </summary>
public static class ResponseImport
{
    public const int MaxBytes = 10 * 1024 * 1024;

    // ISO 8601 as survey sites write it: a date, or a date and time with optional seconds, fraction and zone.
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <returns>The responses to store, or the problems (ordered by row) that keep every one of them out.</returns>
    public static (List<SurveyResponse> Responses, List<TableProblem> Problems) Read(Survey survey, Table table, ResponseMapping mapping, DateTime now)
    {
        var problems = CheckMapping(survey, table, mapping);
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var columnOf = mapping.ItemOfColumn.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        var sheet = new AnswerSheet(survey);
        var responses = new List<SurveyResponse>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var (answers, errors) = sheet.Check(name => columnOf.TryGetValue(name, out var column) ? row[column] : null);
            foreach (var (name, error) in errors)
            {
                problems.Add(columnOf.TryGetValue(name, out var column)
                    ? new TableProblem(row.Number, column, error)
                    : new TableProblem(row.Number, "", $"question '{name}' has no column: {error}"));
            }

            if (answers.Count == 0 && errors.Count == 0)
            {
                problems.Add(new TableProblem(row.Number, "", "the row answers none of the mapped questions."));
            }

            responses.Add(new SurveyResponse
            {
                SurveyId = survey.Id,
                Origin = ResponseOrigin.Import,
                SubmittedAt = SurveyResponse.DayOf(SubmittedAt(row, mapping.SubmittedAtColumn, problems) ?? now),
                Language = survey.DefaultLanguage,
                AnswersJson = AnswerSheet.ToJson(answers),
            });
        }

        return problems.Count > 0 ? ([], [.. problems.OrderBy(p => p.Row)]) : (responses, problems);
    }

    private static List<TableProblem> CheckMapping(Survey survey, Table table, ResponseMapping mapping)
    {
        var problems = new List<TableProblem>();
        var names = survey.Items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        if (table.Rows.Count == 0)
        {
            problems.Add(new TableProblem(0, "", "The file has a header but no rows."));
        }

        if (mapping.ItemOfColumn.Count == 0)
        {
            problems.Add(new TableProblem(0, "", "Map at least one column to a question."));
        }

        foreach (var (column, item) in mapping.ItemOfColumn)
        {
            if (!table.Columns.Contains(column))
            {
                problems.Add(new TableProblem(1, column, "the file has no such column."));
            }
            else if (!names.Contains(item))
            {
                problems.Add(new TableProblem(1, column, $"'{item}' is not a question of this survey."));
            }
        }

        foreach (var twice in mapping.ItemOfColumn.GroupBy(pair => pair.Value).Where(g => g.Count() > 1))
        {
            problems.Add(new TableProblem(1, string.Join(", ", twice.Select(p => p.Key).Order()), $"several columns are mapped to '{twice.Key}'; keep one."));
        }

        if (mapping.SubmittedAtColumn is { } time && !table.Columns.Contains(time))
        {
            problems.Add(new TableProblem(1, time, "the file has no such column."));
        }

        return problems;
    }

    private static DateTime? SubmittedAt(TableRow row, string? column, List<TableProblem> problems)
    {
        if (column is null || row[column].Length == 0)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(row[column], TimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time.UtcDateTime;
        }

        problems.Add(new TableProblem(row.Number, column, "Enter the time in ISO 8601, for example 2024-05-31T14:03:00Z."));
        return null;
    }
}
