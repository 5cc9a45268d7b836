using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

public sealed partial class InstrumentCommands
{
    public Task<CommandResult<SurveyItem>> SaveItemAsync(int surveyId, int? itemId, ItemInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(surveyId, async (survey, errors) =>
        {
            var item = itemId is { } id ? survey.Items.SingleOrDefault(i => i.Id == id) : null;
            if (itemId is not null && item is null)
            {
                return null;
            }

            var responded = item is not null && await HasResponsesAsync(surveyId, cancellationToken);
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
            item.ShowIf = Blank(input.ShowIf);
            (item.Minimum, item.Maximum) = draft.IsNumber ? (input.Minimum, input.Maximum) : (null, null);
            ReplaceChoices(item, draft.Choices);

            if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
            {
                errors.Add("Order", $"The item cannot be saved like this: another condition would break. {broken}");
                return null;
            }

            return item;
        }, cancellationToken);

    /// <summary>Deletes an item, which also takes it out of its scales; refused once answers may refer to it.</summary>
    public Task<CommandResult<SurveyItem>> DeleteItemAsync(int surveyId, int itemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(surveyId, async (survey, errors) =>
        {
            var item = survey.Items.SingleOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                return null;
            }

            if (await HasResponsesAsync(surveyId, cancellationToken))
            {
                errors.Add(Refused, $"{SurveyTexts.ResponsesExist} item {item.Name} cannot be deleted: stored answers refer to it. You can still change its wording or make it optional.");
                return null;
            }

            survey.Items.Remove(item);
            if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
            {
                errors.Add(Refused, $"Item {item.Name} cannot be deleted while a show-if reads its answer. {broken}");
                return null;
            }

            db.Remove(item);
            InstrumentOrder.Renumber(InstrumentOrder.ItemsOf(survey, survey.Sections.Single(s => s.Id == item.SectionId)));
            return item;
        }, cancellationToken);

    /// <summary>Moves an item one place up or down inside its section.</summary>
    public Task<CommandResult<SurveyItem>> MoveItemAsync(int surveyId, int itemId, MoveDirection direction, CancellationToken cancellationToken = default) =>
        ChangeAsync(surveyId, (survey, errors) =>
        {
            var item = survey.Items.SingleOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                return Task.FromResult<SurveyItem?>(null);
            }

            var order = InstrumentOrder.ItemsOf(survey, survey.Sections.Single(s => s.Id == item.SectionId)).ToList();
            var index = order.IndexOf(item);
            var other = direction == MoveDirection.Up ? index - 1 : index + 1;
            if (other >= 0 && other < order.Count)
            {
                (order[index], order[other]) = (order[other], order[index]);
                InstrumentOrder.Renumber(order);
            }

            if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
            {
                errors.Add(Refused, $"Item {item.Name} cannot move there: a show-if would then read an answer not yet given. {broken}");
            }

            return Task.FromResult<SurveyItem?>(item);
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
