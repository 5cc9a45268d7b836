using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Models;

/// <summary>Runs a saved model again on the current responses (the Re-run button) and stores its new result.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record RunModel(int SurveyId, int AnalysisId) : ICommand<(SurveyAnalysis Analysis, ModelOutcome Outcome)>
{
    public sealed class Handler(ModelResults results) : ICommandHandler<RunModel, (SurveyAnalysis Analysis, ModelOutcome Outcome)>
    {
        public async Task<CommandResult<(SurveyAnalysis Analysis, ModelOutcome Outcome)>> HandleAsync(RunModel command, CancellationToken cancellationToken) =>
            await results.CurrentAsync(command.SurveyId, command.AnalysisId, rerun: true, cancellationToken) is { } current
                ? new(current, new FieldErrors())
                : SurveyChanges.NoSuch<(SurveyAnalysis, ModelOutcome)>("analysis in this survey");
    }
}
