using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Responses;

/// <summary>Which column of an uploaded file holds which question, and which holds the submission time.</summary>
public sealed record ResponseMapping(IReadOnlyDictionary<string, string> ItemOfColumn, string? SubmittedAtColumn)
{
    /// <summary>Columns survey sites use for the moment a form was sent: KoboToolbox, ODK, and Lantern's own export.</summary>
    private static readonly string[] SubmissionTimeColumns = ["_submission_time", "end", "submitted_at"];

    /// <summary>
    /// Matches columns to items by name, ignoring case, or by the last part of a KoboToolbox group
    /// path (<c>grp_1/q1</c>). A column <c>x/value</c> under a multiple-choice item <c>x</c> is one
    /// of its 0/1 option columns, not a question, and is left unmapped; so is a second column for an item.
    /// </summary>
    public static ResponseMapping Guess(IReadOnlyList<string> columns, IReadOnlyList<SurveyItem> items)
    {
        // Names differing only in case ("Q1" and "q1") are two items; the first one is the guess.
        var byName = items.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var submittedAt = SubmissionTimeColumns.FirstOrDefault(columns.Contains);
        var mapped = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in columns.Where(c => c.Length > 0 && c != submittedAt))
        {
            var segments = column.Split('/');
            var item = byName.GetValueOrDefault(column)
                       ?? (segments.Length > 1 && !byName.ContainsKey(segments[^2]) ? byName.GetValueOrDefault(segments[^1]) : null);
            if (item is not null && !mapped.ContainsValue(item.Name))
            {
                mapped[column] = item.Name;
            }
        }

        return new ResponseMapping(mapped, submittedAt);
    }
}
