using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record UpdateSurveySettings(int SurveyId, SurveySettingsInput Input) : ICommand<Survey>
{
    public sealed class Handler(SurveyChanges changes) : ICommandHandler<UpdateSurveySettings, Survey>
    {
        public Task<CommandResult<Survey>> HandleAsync(UpdateSurveySettings command, CancellationToken cancellationToken) =>
            changes.ChangeAsync<Survey>(command.SurveyId, (survey, errors) =>
            {
                command.Input.ApplyTo(survey, errors);
                return Task.FromResult<Survey?>(survey);
            }, cancellationToken);
    }
}
