using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Moves a section one place up or down; refused when a show-if would then read an answer not yet given.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record MoveSection(int SurveyId, int SectionId, MoveDirection Direction) : ICommand<SurveySection>
{
    public sealed class Handler(SurveyChanges changes) : ICommandHandler<MoveSection, SurveySection>
    {
        public Task<CommandResult<SurveySection>> HandleAsync(MoveSection command, CancellationToken cancellationToken) =>
            changes.ChangeAsync(command.SurveyId, (survey, errors) =>
            {
                var order = InstrumentOrder.Sections(survey).ToList();
                var index = order.FindIndex(s => s.Id == command.SectionId);
                if (index < 0)
                {
                    return Task.FromResult<SurveySection?>(null);
                }

                if (InstrumentOrder.Swap(order, index, command.Direction))
                {
                    InstrumentOrder.Renumber(order);
                }

                if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
                {
                    errors.Add(SurveyChanges.Refused, $"The section cannot move there: a show-if would then read an answer not yet given. {broken}");
                }

                return Task.FromResult<SurveySection?>(order.Single(s => s.Id == command.SectionId));
            }, cancellationToken);
    }
}
