using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Commands.Waves;

/// <summary>A wave as the edit form holds it. Dates are UTC, as the form says.</summary>
public sealed class WaveInput : IValidatableObject
{
    [Required(ErrorMessage = "Give the wave a name."), StringLength(200, ErrorMessage = "The name can have at most 200 characters.")]
    public string Name { get; set; } = "";

    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public bool RequiresInvitation { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OpensAt is { } opens && ClosesAt is { } closes && closes <= opens)
        {
            yield return new ValidationResult("The wave must close after it opens.", [nameof(ClosesAt)]);
        }
    }

    public static WaveInput From(SurveyWave wave) => new()
    {
        Name = wave.Name, OpensAt = wave.OpensAt, ClosesAt = wave.ClosesAt, RequiresInvitation = wave.RequiresInvitation,
    };
}

/// <summary>Creating, changing and deleting waves, and issuing their invitations; each change is one transaction.</summary>
public sealed class WaveCommands(LanternDbContext db, WaveFormCache forms, TimeProvider clock)
{
    public const int MaxInvitations = 5000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CommandResult<SurveyWave>> SaveAsync(int surveyId, int? waveId, WaveInput input, CancellationToken cancellationToken)
    {
        if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return CommandResult<SurveyWave>.Fail("survey", "No such survey.");
        }

        var wave = waveId is { } id ? await db.SurveyWaves.SingleOrDefaultAsync(w => w.Id == id && w.SurveyId == surveyId, cancellationToken) : null;
        if (waveId is not null && wave is null)
        {
            return CommandResult<SurveyWave>.Fail("id", "No such wave.");
        }

        var errors = FieldErrors.Of(input);
        if (!errors.IsEmpty)
        {
            return CommandResult<SurveyWave>.Fail(errors);
        }

        if (wave is null)
        {
            wave = new SurveyWave { SurveyId = surveyId, Name = "", PublicKey = WaveKeys.NewPublicKey(), CreatedAt = Now };
            db.SurveyWaves.Add(wave);
        }

        wave.Name = input.Name.Trim();
        wave.OpensAt = AsUtc(input.OpensAt);
        wave.ClosesAt = AsUtc(input.ClosesAt);
        wave.RequiresInvitation = input.RequiresInvitation;
        await db.SaveChangesAsync(cancellationToken);
        forms.Forget(wave.PublicKey);
        return new(wave, new FieldErrors());
    }

    /// <summary>Opens the wave now: it accepts responses from this moment, and no longer closes if its closing time has passed.</summary>
    public Task<CommandResult<SurveyWave>> OpenAsync(int surveyId, int waveId, CancellationToken cancellationToken) =>
        RescheduleAsync(surveyId, waveId, (input, now) =>
        {
            input.OpensAt = now;
            input.ClosesAt = input.ClosesAt > now ? input.ClosesAt : null;
        }, cancellationToken);

    /// <summary>Closes the wave now; a wave that had not opened yet stays unopened.</summary>
    public Task<CommandResult<SurveyWave>> CloseAsync(int surveyId, int waveId, CancellationToken cancellationToken) =>
        RescheduleAsync(surveyId, waveId, (input, now) =>
        {
            input.OpensAt = input.OpensAt < now ? input.OpensAt : null;
            input.ClosesAt = now;
        }, cancellationToken);

    /// <summary>Changes a wave's dates through <see cref="SaveAsync"/>, so opening and closing obey the edit form's rules.</summary>
    private async Task<CommandResult<SurveyWave>> RescheduleAsync(int surveyId, int waveId, Action<WaveInput, DateTime> change, CancellationToken cancellationToken)
    {
        var wave = await db.SurveyWaves.AsNoTracking().SingleOrDefaultAsync(w => w.Id == waveId && w.SurveyId == surveyId, cancellationToken);
        if (wave is null)
        {
            return CommandResult<SurveyWave>.Fail("id", "No such wave.");
        }

        var input = WaveInput.From(wave);
        change(input, Now);
        return await SaveAsync(surveyId, waveId, input, cancellationToken);
    }

    /// <summary>Deletes the wave and its invitations; the responses it collected stay, without their wave.</summary>
    public async Task<bool> DeleteAsync(int surveyId, int waveId, CancellationToken cancellationToken)
    {
        var wave = await db.SurveyWaves.SingleOrDefaultAsync(w => w.Id == waveId && w.SurveyId == surveyId, cancellationToken);
        if (wave is null)
        {
            return false;
        }

        db.SurveyWaves.Remove(wave);
        await db.SaveChangesAsync(cancellationToken);
        forms.Forget(wave.PublicKey);
        return true;
    }

    /// <returns>The new tokens, which exist nowhere else: only their hashes are stored.</returns>
    public async Task<CommandResult<IReadOnlyList<string>>> IssueInvitationsAsync(int surveyId, int waveId, int count, CancellationToken cancellationToken)
    {
        if (!await db.SurveyWaves.AnyAsync(w => w.Id == waveId && w.SurveyId == surveyId, cancellationToken))
        {
            return CommandResult<IReadOnlyList<string>>.Fail("id", "No such wave.");
        }

        if (count is < 1 or > MaxInvitations)
        {
            return CommandResult<IReadOnlyList<string>>.Fail("Count", $"Ask for 1 to {MaxInvitations} invitations.");
        }

        var tokens = Enumerable.Range(0, count).Select(_ => WaveKeys.NewInvitationToken()).ToList();
        var now = Now;
        db.WaveInvitations.AddRange(tokens.Select(token => new WaveInvitation { WaveId = waveId, TokenHash = WaveKeys.HashOf(token), CreatedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return new(tokens, new FieldErrors());
    }

    private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
