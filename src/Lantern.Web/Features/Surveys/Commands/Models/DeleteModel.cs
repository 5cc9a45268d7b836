using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Models;

/// <summary>Deletes a saved model; answers the id deleted.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record DeleteModel(int SurveyId, int AnalysisId) : ICommand<int>
{
    public sealed class Handler(LanternDbContext db) : ICommandHandler<DeleteModel, int>
    {
        public async Task<CommandResult<int>> HandleAsync(DeleteModel command, CancellationToken cancellationToken) =>
            await db.DeleteAsync(db.SurveyAnalyses.Where(a => a.Id == command.AnalysisId && a.SurveyId == command.SurveyId), cancellationToken) == 1
                ? new(command.AnalysisId, new FieldErrors())
                : SurveyChanges.NoSuch<int>("analysis in this survey");
    }
}
