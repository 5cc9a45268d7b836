using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Commands.Waves;

/// <summary>Adds a wave with a new public link (<paramref name="WaveId"/> null) or replaces a wave's name, dates and invitation rule.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record SaveWave(int SurveyId, int? WaveId, WaveInput Input) : ICommand<SurveyWave>
{
    public sealed class Handler(LanternDbContext db, SurveyChanges changes, WaveFormCache forms) : ICommandHandler<SaveWave, SurveyWave>
    {
        public async Task<CommandResult<SurveyWave>> HandleAsync(SaveWave command, CancellationToken cancellationToken)
        {
            if (!await changes.ExistsAsync(command.SurveyId, cancellationToken))
            {
                return SurveyChanges.NoSurvey<SurveyWave>();
            }

            var wave = command.WaveId is { } id ? await db.SurveyWaves.SingleOrDefaultAsync(w => w.Id == id && w.SurveyId == command.SurveyId, cancellationToken) : null;
            if (command.WaveId is not null && wave is null)
            {
                return SurveyChanges.NoSuch<SurveyWave>("wave");
            }

            var input = command.Input;
            var errors = FieldErrors.Of(input);
            if (!errors.IsEmpty)
            {
                return CommandResult<SurveyWave>.Fail(errors);
            }

            if (wave is null)
            {
                wave = new SurveyWave { SurveyId = command.SurveyId, Name = "", PublicKey = WaveKeys.NewPublicKey(), CreatedAt = changes.Now };
                db.SurveyWaves.Add(wave);
            }

            wave.Name = input.Name.Trim();
            wave.OpensAt = AsUtc(input.OpensAt);
            wave.ClosesAt = AsUtc(input.ClosesAt);
            wave.RequiresInvitation = input.RequiresInvitation;
            await db.SaveChangesAsync(cancellationToken);
            // Forgotten before the runner commits: a public request in between may cache the old
            // wave again, but the cache checks the wave anew after WaveFormCache.TrustedFor.
            forms.Forget(wave.PublicKey);
            return new(wave, errors);
        }

        private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
    }

    /// <summary>
    /// Changes a wave's dates through <see cref="SaveWave"/>, so opening and closing obey the edit
    /// form's rules; <paramref name="change"/> gets the wave's input and the time now.
    /// </summary>
    internal static async Task<CommandResult<SurveyWave>> RescheduleAsync(
        ICommandHandler<SaveWave, SurveyWave> save, LanternDbContext db, TimeProvider clock, int surveyId, int waveId,
        Action<WaveInput, DateTime> change, CancellationToken cancellationToken)
    {
        var wave = await db.SurveyWaves.AsNoTracking().SingleOrDefaultAsync(w => w.Id == waveId && w.SurveyId == surveyId, cancellationToken);
        if (wave is null)
        {
            return SurveyChanges.NoSuch<SurveyWave>("wave");
        }

        var input = WaveInput.From(wave);
        change(input, clock.GetUtcNow().UtcDateTime);
        return await save.HandleAsync(new SaveWave(surveyId, waveId, input), cancellationToken);
    }
}
