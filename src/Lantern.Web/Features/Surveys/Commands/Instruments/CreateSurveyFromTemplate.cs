using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>The seed study's instrument with its two path models; <paramref name="Title"/>, when given, replaces the template's.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record CreateSurveyFromTemplate(string? Title = null) : ICommand<Survey>
{
    public sealed class Handler(LanternDbContext db, SurveyChanges changes) : ICommandHandler<CreateSurveyFromTemplate, Survey>
    {
        public async Task<CommandResult<Survey>> HandleAsync(CreateSurveyFromTemplate command, CancellationToken cancellationToken)
        {
            var now = changes.Now;
            var survey = PoliticalEfficacyTemplate.Build(now);
            survey.Title = command.Title ?? survey.Title;
            db.Add(survey);
            await db.SaveChangesAsync(cancellationToken);

            // The models name the survey by its id, so they follow once it has one, in the same transaction.
            db.AddRange(PoliticalEfficacyTemplate.Analyses(survey, now));
            await db.SaveChangesAsync(cancellationToken);
            return new(survey, new FieldErrors());
        }
    }
}
