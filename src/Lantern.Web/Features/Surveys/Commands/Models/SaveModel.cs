using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Commands.Models;

/// <summary>
/// Saves a path model (<paramref name="AnalysisId"/> null for a new one) only when its syntax parses
/// and every variable it names is one the survey has, so a saved analysis always runs; its old
/// result is dropped, so the next view computes the new one.
/// </summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record SaveModel(int SurveyId, int? AnalysisId, ModelInput Input) : ICommand<SurveyAnalysis>
{
    public sealed class Handler(LanternDbContext db, SurveyChanges changes) : ICommandHandler<SaveModel, SurveyAnalysis>
    {
        public async Task<CommandResult<SurveyAnalysis>> HandleAsync(SaveModel command, CancellationToken cancellationToken)
        {
            var survey = await SurveyQueries.LoadInstrumentAsync(db, command.SurveyId, cancellationToken);
            if (survey is null)
            {
                return SurveyChanges.NoSurvey<SurveyAnalysis>();
            }

            var analysis = command.AnalysisId is { } id
                ? await db.SurveyAnalyses.SingleOrDefaultAsync(a => a.Id == id && a.SurveyId == survey.Id, cancellationToken)
                : null;
            if (command.AnalysisId is not null && analysis is null)
            {
                return SurveyChanges.NoSuch<SurveyAnalysis>("analysis in this survey");
            }

            var input = command.Input;
            var errors = FieldErrors.Of(input);
            // Variable names come from the instrument alone, so no responses are needed to check them.
            if (errors.IsEmpty && ModelRun.Check(SurveyDataset.Build(survey, []), input.Syntax) is { } problem)
            {
                errors.Add(nameof(ModelInput.Syntax), problem);
            }

            if (!errors.IsEmpty)
            {
                return CommandResult<SurveyAnalysis>.Fail(errors);
            }

            var now = changes.Now;
            if (analysis is null)
            {
                analysis = new SurveyAnalysis { SurveyId = survey.Id, Name = "", Syntax = "", CreatedAt = now };
                db.Add(analysis);
            }

            analysis.Name = input.Name.Trim();
            analysis.Syntax = input.Syntax.Trim();
            analysis.BootstrapDraws = input.BootstrapDraws;
            analysis.Seed = input.Seed;
            analysis.UpdatedAt = now;
            (analysis.ResultJson, analysis.ResultDataStamp, analysis.ComputedAt) = (null, null, null);
            await db.SaveChangesAsync(cancellationToken);
            return new(analysis, errors);
        }
    }
}
