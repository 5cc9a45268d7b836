using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Deletes a section with its items; refused once there are responses and the section holds items.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record DeleteSection(int SurveyId, int SectionId) : ICommand<SurveySection>
{
    public sealed class Handler(SurveyChanges changes, LanternDbContext db) : ICommandHandler<DeleteSection, SurveySection>
    {
        public Task<CommandResult<SurveySection>> HandleAsync(DeleteSection command, CancellationToken cancellationToken) =>
            changes.ChangeAsync(command.SurveyId, async (survey, errors) =>
            {
                var section = survey.Sections.SingleOrDefault(s => s.Id == command.SectionId);
                if (section is null)
                {
                    return null;
                }

                var items = survey.Items.Where(i => i.SectionId == section.Id).ToList();
                if (items.Count > 0 && await changes.HasResponsesAsync(survey.Id, cancellationToken))
                {
                    errors.Add(SurveyChanges.Refused, $"{SurveyTexts.ResponsesExist} the section “{section.Title}” cannot be deleted: stored answers refer to its {items.Count} items. Change its title or show-if instead.");
                    return null;
                }

                survey.Sections.Remove(section);
                items.ForEach(i => survey.Items.Remove(i));
                db.Remove(section);
                db.RemoveRange(items);
                if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
                {
                    errors.Add(SurveyChanges.Refused, $"The section cannot be deleted because a later show-if reads its answers. {broken}");
                    return null;
                }

                InstrumentOrder.Renumber(InstrumentOrder.Sections(survey));
                return section;
            }, cancellationToken);
    }
}
