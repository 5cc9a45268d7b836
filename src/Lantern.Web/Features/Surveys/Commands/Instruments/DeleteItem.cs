using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Deletes an item, which also takes it out of its scales; refused once answers may refer to it.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record DeleteItem(int SurveyId, int ItemId) : ICommand<SurveyItem>
{
    public sealed class Handler(SurveyChanges changes, LanternDbContext db) : ICommandHandler<DeleteItem, SurveyItem>
    {
        public Task<CommandResult<SurveyItem>> HandleAsync(DeleteItem command, CancellationToken cancellationToken) =>
            changes.ChangeAsync(command.SurveyId, async (survey, errors) =>
            {
                var item = survey.Items.SingleOrDefault(i => i.Id == command.ItemId);
                if (item is null)
                {
                    return null;
                }

                if (await changes.HasResponsesAsync(survey.Id, cancellationToken))
                {
                    errors.Add(SurveyChanges.Refused, $"{SurveyTexts.ResponsesExist} item {item.Name} cannot be deleted: stored answers refer to it. You can still change its wording or make it optional.");
                    return null;
                }

                survey.Items.Remove(item);
                if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
                {
                    errors.Add(SurveyChanges.Refused, $"Item {item.Name} cannot be deleted while a show-if reads its answer. {broken}");
                    return null;
                }

                db.Remove(item);
                InstrumentOrder.Renumber(InstrumentOrder.ItemsOf(survey, survey.Sections.Single(s => s.Id == item.SectionId)));
                return item;
            }, cancellationToken);
    }
}
