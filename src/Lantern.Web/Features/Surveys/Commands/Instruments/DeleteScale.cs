using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Deletes a scale; its items stay.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record DeleteScale(int SurveyId, int ScaleId) : ICommand<SurveyScale>
{
    public sealed class Handler(SurveyChanges changes, LanternDbContext db) : ICommandHandler<DeleteScale, SurveyScale>
    {
        public Task<CommandResult<SurveyScale>> HandleAsync(DeleteScale command, CancellationToken cancellationToken) =>
            changes.ChangeAsync(command.SurveyId, (survey, _) =>
            {
                var scale = survey.Scales.SingleOrDefault(s => s.Id == command.ScaleId);
                if (scale is not null)
                {
                    survey.Scales.Remove(scale);
                    db.Remove(scale);
                }

                return Task.FromResult(scale);
            }, cancellationToken);
    }
}
