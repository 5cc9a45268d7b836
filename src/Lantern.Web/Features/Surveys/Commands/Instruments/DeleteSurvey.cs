using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Deletes the survey with everything in it: instrument, waves, responses and analyses; answers the id deleted.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record DeleteSurvey(int SurveyId) : ICommand<int>
{
    public sealed class Handler(LanternDbContext db) : ICommandHandler<DeleteSurvey, int>
    {
        public async Task<CommandResult<int>> HandleAsync(DeleteSurvey command, CancellationToken cancellationToken) =>
            await db.DeleteAsync(db.Surveys.Where(s => s.Id == command.SurveyId), cancellationToken) > 0
                ? new(command.SurveyId, new FieldErrors())
                : SurveyChanges.NoSurvey<int>();
    }
}
