using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Commands;

/// <summary>
/// What the survey commands share: the tracked instrument, the guard that protects stored answers,
/// the shapes of their failures, and the rule that a change which changes nothing leaves the
/// survey's UpdatedAt alone. The <see cref="Infrastructure.Commands.CommandRunner"/> holds the
/// transaction, so a command only saves.
/// </summary>
public sealed class SurveyChanges(LanternDbContext db, TimeProvider clock)
{
    /// <summary>The field of a refusal that concerns the instrument as a whole (a delete or a move), not one input; the API answers it with 409.</summary>
    public const string Refused = CommandFields.Conflict;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static CommandResult<T> NoSurvey<T>() => CommandResult<T>.Fail("survey", "No such survey.");

    /// <summary>The part the command names (<paramref name="what"/>: "wave", "analysis in this survey") does not exist.</summary>
    public static CommandResult<T> NoSuch<T>(string what) => CommandResult<T>.Fail("id", $"No such {what}.");

    /// <summary>True when the command failed because the survey or the part it names does not exist.</summary>
    public static bool IsMissing<T>(CommandResult<T> result) => result.Errors.ToDictionary().Keys.Any(CommandFields.Missing.Contains);

    public Task<bool> ExistsAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken);

    /// <summary>Stored answers refer to items by id and to choices by value, so those must not change once there are any.</summary>
    public Task<bool> HasResponsesAsync(int surveyId, CancellationToken cancellationToken) =>
        db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId, cancellationToken);

    /// <summary>Saves the pending changes with the survey marked as updated now.</summary>
    public async Task SaveAsync(Survey survey, CancellationToken cancellationToken)
    {
        survey.UpdatedAt = Now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The shape of most instrument commands: the survey must exist; <paramref name="change"/>
    /// validates and applies the change to the whole tracked instrument (adding to the
    /// <see cref="FieldErrors"/> when it refuses, or answering null when the part it names is not
    /// there), and only a change without errors is saved.
    /// </summary>
    public async Task<CommandResult<T>> ChangeAsync<T>(int surveyId, Func<Survey, FieldErrors, Task<T?>> change, CancellationToken cancellationToken)
    {
        var survey = await TrackedAsync(surveyId, cancellationToken);
        if (survey is null)
        {
            return NoSurvey<T>();
        }

        var errors = new FieldErrors();
        var value = await change(survey, errors);
        if (!errors.IsEmpty || value is null)
        {
            return errors.IsEmpty ? NoSuch<T>("part of this survey") : CommandResult<T>.Fail(errors);
        }

        // A change that changes nothing (moving the first item up, saving an untouched form) leaves UpdatedAt alone.
        if (db.ChangeTracker.HasChanges())
        {
            await SaveAsync(survey, cancellationToken);
        }

        return new(value, errors);
    }

    /// <summary>The whole instrument, tracked, so a command can change any part of it; null when there is no such survey.</summary>
    private Task<Survey?> TrackedAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Surveys.AsSplitQuery()
            .Include(s => s.Sections)
            .Include(s => s.Items).ThenInclude(i => i.Choices)
            .Include(s => s.Scales).ThenInclude(s => s.Items)
            .SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
}
