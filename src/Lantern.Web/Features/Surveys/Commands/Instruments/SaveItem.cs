using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>
/// Adds a question to a section (<paramref name="ItemId"/> null) or replaces one; once there are
/// responses its name, type and choice values are kept (<see cref="ItemRules"/>).
/// </summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record SaveItem(int SurveyId, int? ItemId, ItemInput Input) : ICommand<SurveyItem>
{
    public sealed class Handler(SurveyChanges changes, LanternDbContext db) : ICommandHandler<SaveItem, SurveyItem>
    {
        public Task<CommandResult<SurveyItem>> HandleAsync(SaveItem command, CancellationToken cancellationToken) =>
            changes.ChangeAsync(command.SurveyId, async (survey, errors) =>
            {
                var input = command.Input;
                var item = command.ItemId is { } id ? survey.Items.SingleOrDefault(i => i.Id == id) : null;
                if (command.ItemId is not null && item is null)
                {
                    return null;
                }

                var responded = item is not null && await changes.HasResponsesAsync(survey.Id, cancellationToken);
                var draft = ItemRules.Check(survey, item, input, responded, errors);
                if (draft is null)
                {
                    return null;
                }

                if (item is null)
                {
                    item = new SurveyItem { Name = draft.Name, SectionId = draft.Section.Id };
                    survey.Items.Add(item);
                }

                var oldSection = survey.Sections.Single(s => s.Id == item.SectionId);
                if (item.Id == 0 || oldSection != draft.Section)
                {
                    item.Position = InstrumentOrder.ItemsOf(survey, draft.Section).Where(i => i != item).Select(i => i.Position).DefaultIfEmpty(0).Max() + 1;
                    item.SectionId = draft.Section.Id;
                    item.Section = draft.Section;
                    InstrumentOrder.Renumber(InstrumentOrder.ItemsOf(survey, oldSection).Where(i => i != item));
                }

                item.Name = draft.Name;
                item.Type = input.Type;
                item.Label = draft.Label;
                item.Hint = draft.Hint;
                item.Required = input.Required;
                item.ShowIf = SurveyTexts.Blank(input.ShowIf);
                (item.Minimum, item.Maximum) = draft.IsNumber ? (input.Minimum, input.Maximum) : (null, null);
                ReplaceChoices(item, draft.Choices);

                if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
                {
                    errors.Add("Order", $"The item cannot be saved like this: another condition would break. {broken}");
                    return null;
                }

                return item;
            }, cancellationToken);

        /// <summary>Keeps choices by value (so their ids stay), relabels and reorders them, adds new ones and removes the rest.</summary>
        private void ReplaceChoices(SurveyItem item, IReadOnlyList<(string Value, LocalizedText Label)> choices)
        {
            foreach (var gone in item.Choices.Where(c => !choices.Any(n => n.Value == c.Value)).ToList())
            {
                item.Choices.Remove(gone);
                db.Remove(gone);
            }

            for (var i = 0; i < choices.Count; i++)
            {
                var choice = item.Choices.SingleOrDefault(c => c.Value == choices[i].Value);
                if (choice is null)
                {
                    choice = new ItemChoice { Value = choices[i].Value };
                    item.Choices.Add(choice);
                }

                choice.Label = choices[i].Label;
                choice.Position = i + 1;
            }
        }
    }
}
