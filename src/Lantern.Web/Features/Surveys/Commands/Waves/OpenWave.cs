using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Waves;

/// <summary>Opens the wave now: it accepts responses from this moment, and no longer closes if its closing time has passed.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record OpenWave(int SurveyId, int WaveId) : ICommand<SurveyWave>
{
    public sealed class Handler(ICommandHandler<SaveWave, SurveyWave> save, LanternDbContext db, TimeProvider clock) : ICommandHandler<OpenWave, SurveyWave>
    {
        public Task<CommandResult<SurveyWave>> HandleAsync(OpenWave command, CancellationToken cancellationToken) =>
            SaveWave.RescheduleAsync(save, db, clock, command.SurveyId, command.WaveId, (input, now) =>
            {
                input.OpensAt = now;
                input.ClosesAt = input.ClosesAt > now ? input.ClosesAt : null;
            }, cancellationToken);
    }
}
