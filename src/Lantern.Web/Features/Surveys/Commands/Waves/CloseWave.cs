using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Waves;

/// <summary>Closes the wave now; a wave that had not opened yet stays unopened, and its responses stay.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record CloseWave(int SurveyId, int WaveId) : ICommand<SurveyWave>
{
    public sealed class Handler(ICommandHandler<SaveWave, SurveyWave> save, LanternDbContext db, TimeProvider clock) : ICommandHandler<CloseWave, SurveyWave>
    {
        public Task<CommandResult<SurveyWave>> HandleAsync(CloseWave command, CancellationToken cancellationToken) =>
            SaveWave.RescheduleAsync(save, db, clock, command.SurveyId, command.WaveId, (input, now) =>
            {
                input.OpensAt = input.OpensAt < now ? input.OpensAt : null;
                input.ClosesAt = now;
            }, cancellationToken);
    }
}
