using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Commands.Waves;

/// <summary>Deletes the wave and its invitations; the responses it collected stay, without their wave. Answers the id deleted.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record DeleteWave(int SurveyId, int WaveId) : ICommand<int>
{
    public sealed class Handler(LanternDbContext db, WaveFormCache forms) : ICommandHandler<DeleteWave, int>
    {
        public async Task<CommandResult<int>> HandleAsync(DeleteWave command, CancellationToken cancellationToken)
        {
            var wave = await db.SurveyWaves.SingleOrDefaultAsync(w => w.Id == command.WaveId && w.SurveyId == command.SurveyId, cancellationToken);
            if (wave is null)
            {
                return SurveyChanges.NoSuch<int>("wave");
            }

            db.SurveyWaves.Remove(wave);
            await db.SaveChangesAsync(cancellationToken);
            forms.Forget(wave.PublicKey);
            return new(wave.Id, new FieldErrors());
        }
    }
}
