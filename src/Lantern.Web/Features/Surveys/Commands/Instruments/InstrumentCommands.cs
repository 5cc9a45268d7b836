using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>
/// Every change to an instrument goes through here, one partial file per part (settings, sections,
/// items, scales, translations). Each command loads the whole instrument, checks the input and the
/// instrument's rules before touching anything, and saves everything with the survey's UpdatedAt
/// in one SaveChanges, which both databases run as one transaction.
/// </summary>
public sealed partial class InstrumentCommands(LanternDbContext db, TimeProvider clock)
{
    private const string NoSurvey = "No such survey.";

    /// <summary>The field of a refusal that concerns the instrument as a whole (a delete or a move), not one input.</summary>
    public const string Refused = CommandFields.Conflict;

    /// <summary>True when the command failed because the survey or the part it names does not exist.</summary>
    public static bool IsMissing<T>(CommandResult<T> result) =>
        result.Errors.ToDictionary().Keys.Any(field => field is "survey" or "id");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The whole instrument, tracked, so a command can change any part of it; null when there is no such survey.</summary>
    private Task<Survey?> TrackedAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Surveys.AsSplitQuery()
            .Include(s => s.Sections)
            .Include(s => s.Items).ThenInclude(i => i.Choices)
            .Include(s => s.Scales).ThenInclude(s => s.Items)
            .SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);

    /// <summary>Stored answers refer to items by id and to choices by value, so those must not change once there are any.</summary>
    private Task<bool> HasResponsesAsync(int surveyId, CancellationToken cancellationToken) =>
        db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId, cancellationToken);

    private async Task SaveAsync(Survey survey, CancellationToken cancellationToken)
    {
        survey.UpdatedAt = Now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The shape of most commands: the survey must exist, <paramref name="change"/> validates and
    /// applies the change to the tracked instrument (adding to <see cref="FieldErrors"/> when it
    /// refuses), and only a change without errors is saved, with the survey marked as updated.
    /// </summary>
    private async Task<CommandResult<T>> ChangeAsync<T>(
        int surveyId, Func<Survey, FieldErrors, Task<T?>> change, CancellationToken cancellationToken)
    {
        var survey = await TrackedAsync(surveyId, cancellationToken);
        if (survey is null)
        {
            return CommandResult<T>.Fail("survey", NoSurvey);
        }

        var errors = new FieldErrors();
        var value = await change(survey, errors);
        if (!errors.IsEmpty || value is null)
        {
            return CommandResult<T>.Fail(errors.IsEmpty ? Problem("id", "No such part of this survey.") : errors);
        }

        // A change that changes nothing (moving the first item up, saving an untouched form) leaves UpdatedAt alone.
        if (db.ChangeTracker.HasChanges())
        {
            await SaveAsync(survey, cancellationToken);
        }

        return new(value, errors);
    }

    private static FieldErrors Problem(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
