using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Responses;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Features.Surveys.Commands.Responses;

/// <summary>
/// Stores the responses of an uploaded table, every row or none (<see cref="ResponseImport"/>);
/// a refused file answers with its report of problems by row and column.
/// </summary>
[RequirePermission(Resource.Surveys, Operation.Import)]
public sealed record ImportResponses(int SurveyId, Table Table, ResponseMapping Mapping) : ICommand<ResponseImportReport>
{
    public sealed class Handler(LanternDbContext db, AuditLog audit, TimeProvider clock) : ICommandHandler<ImportResponses, ResponseImportReport>
    {
        public async Task<CommandResult<ResponseImportReport>> HandleAsync(ImportResponses command, CancellationToken cancellationToken)
        {
            var survey = await SurveyQueries.LoadInstrumentAsync(db, command.SurveyId, cancellationToken);
            if (survey is null)
            {
                return SurveyChanges.NoSurvey<ResponseImportReport>();
            }

            var (responses, problems) = ResponseImport.Read(survey, command.Table, command.Mapping, clock.GetUtcNow().UtcDateTime);
            if (problems.Count > 0)
            {
                return CommandResult<ResponseImportReport>.Rejected(new ResponseImportReport(0, problems), problems.Select(p => p.ToString()));
            }

            // Every row with the import's own audit record, in the runner's one transaction.
            db.SurveyResponses.AddRange(responses);
            await audit.SaveChangesAsync(AuditAction.Import, nameof(SurveyResponse), $"survey {survey.Id}: {responses.Count} response(s)", cancellationToken);
            return new(new ResponseImportReport(responses.Count, []), new FieldErrors());
        }
    }
}
