using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Starts an empty instrument from its settings; sections, items and scales come next.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record CreateSurvey(SurveySettingsInput Input) : ICommand<Survey>
{
    public sealed class Handler(LanternDbContext db, SurveyChanges changes) : ICommandHandler<CreateSurvey, Survey>
    {
        public async Task<CommandResult<Survey>> HandleAsync(CreateSurvey command, CancellationToken cancellationToken)
        {
            var survey = new Survey { Title = "", CreatedAt = changes.Now };
            var errors = new FieldErrors();
            command.Input.ApplyTo(survey, errors);
            if (!errors.IsEmpty)
            {
                return CommandResult<Survey>.Fail(errors);
            }

            db.Add(survey);
            await changes.SaveAsync(survey, cancellationToken);
            return new(survey, errors);
        }
    }
}
