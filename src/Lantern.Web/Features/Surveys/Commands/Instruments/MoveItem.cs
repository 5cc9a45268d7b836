using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Moves an item one place up or down inside its section.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record MoveItem(int SurveyId, int ItemId, MoveDirection Direction) : ICommand<SurveyItem>
{
    public sealed class Handler(SurveyChanges changes) : ICommandHandler<MoveItem, SurveyItem>
    {
        public Task<CommandResult<SurveyItem>> HandleAsync(MoveItem command, CancellationToken cancellationToken) =>
            changes.ChangeAsync(command.SurveyId, (survey, errors) =>
            {
                var item = survey.Items.SingleOrDefault(i => i.Id == command.ItemId);
                if (item is null)
                {
                    return Task.FromResult<SurveyItem?>(null);
                }

                var order = InstrumentOrder.ItemsOf(survey, survey.Sections.Single(s => s.Id == item.SectionId)).ToList();
                if (InstrumentOrder.Swap(order, order.IndexOf(item), command.Direction))
                {
                    InstrumentOrder.Renumber(order);
                }

                if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
                {
                    errors.Add(SurveyChanges.Refused, $"Item {item.Name} cannot move there: a show-if would then read an answer not yet given. {broken}");
                }

                return Task.FromResult<SurveyItem?>(item);
            }, cancellationToken);
    }
}
