using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

public sealed class SectionInput
{
    /// <summary>The title by language code; the default language's is required.</summary>
    public Dictionary<string, string> Title { get; set; } = [];

    [StringLength(SurveyModelConfiguration.ConditionLength), Display(Name = "Show if")]
    public string? ShowIf { get; set; }

    public static SectionInput From(SurveySection section) => new() { Title = new(section.Title.Texts), ShowIf = section.ShowIf };
}

/// <summary>Which way a move goes in the instrument's order.</summary>
public enum MoveDirection
{
    Up,
    Down,
}

public sealed partial class InstrumentCommands
{
    public Task<CommandResult<SurveySection>> SaveSectionAsync(int surveyId, int? sectionId, SectionInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(surveyId, (survey, errors) =>
        {
            var section = sectionId is { } id ? survey.Sections.SingleOrDefault(s => s.Id == id) : null;
            if (sectionId is not null && section is null)
            {
                return Task.FromResult<SurveySection?>(null);
            }

            errors.AddAnnotationErrors(input);

            var title = SurveyTexts.Localized(survey, input.Title);
            errors.CheckLength(nameof(input.Title), "The title", title, SurveyTexts.TitleLength);
            if (!title.Texts.ContainsKey(survey.DefaultLanguage))
            {
                errors.Add(nameof(input.Title), $"Title ({survey.DefaultLanguage}): give the section a title in the default language.");
            }

            // A section's condition may read the answers of every item in the sections before it.
            var before = section is null ? survey.Sections : survey.Sections.Where(s => s.Position < section.Position);
            var earlier = survey.Items.Where(i => before.Any(s => s.Id == i.SectionId)).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            var all = survey.Items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            if (InstrumentOrder.ShowIfProblem(input.ShowIf, null, earlier, all) is { } problem)
            {
                errors.Add(nameof(input.ShowIf), problem);
            }

            if (!errors.IsEmpty)
            {
                return Task.FromResult<SurveySection?>(null);
            }

            if (section is null)
            {
                section = new SurveySection { Position = survey.Sections.Count == 0 ? 1 : survey.Sections.Max(s => s.Position) + 1 };
                survey.Sections.Add(section);
            }

            section.Title = title;
            section.ShowIf = Blank(input.ShowIf);
            return Task.FromResult<SurveySection?>(section);
        }, cancellationToken);

    /// <summary>Deletes a section with its items; refused once there are responses and the section holds items.</summary>
    public Task<CommandResult<SurveySection>> DeleteSectionAsync(int surveyId, int sectionId, CancellationToken cancellationToken = default) =>
        ChangeAsync(surveyId, async (survey, errors) =>
        {
            var section = survey.Sections.SingleOrDefault(s => s.Id == sectionId);
            if (section is null)
            {
                return null;
            }

            var items = survey.Items.Where(i => i.SectionId == sectionId).ToList();
            if (items.Count > 0 && await HasResponsesAsync(surveyId, cancellationToken))
            {
                errors.Add(Refused, $"{SurveyTexts.ResponsesExist} the section “{section.Title}” cannot be deleted: stored answers refer to its {items.Count} items. Change its title or show-if instead.");
                return null;
            }

            survey.Sections.Remove(section);
            items.ForEach(i => survey.Items.Remove(i));
            db.Remove(section);
            db.RemoveRange(items);
            if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
            {
                errors.Add(Refused, $"The section cannot be deleted because a later show-if reads its answers. {broken}");
                return null;
            }

            InstrumentOrder.Renumber(InstrumentOrder.Sections(survey));
            return section;
        }, cancellationToken);

    public Task<CommandResult<SurveySection>> MoveSectionAsync(int surveyId, int sectionId, MoveDirection direction, CancellationToken cancellationToken = default) =>
        ChangeAsync(surveyId, (survey, errors) =>
        {
            var order = InstrumentOrder.Sections(survey).ToList();
            var index = order.FindIndex(s => s.Id == sectionId);
            if (index < 0)
            {
                return Task.FromResult<SurveySection?>(null);
            }

            var other = direction == MoveDirection.Up ? index - 1 : index + 1;
            if (other >= 0 && other < order.Count)
            {
                (order[index], order[other]) = (order[other], order[index]);
                InstrumentOrder.Renumber(order);
            }

            if (InstrumentOrder.FirstBrokenShowIf(survey) is { } broken)
            {
                errors.Add(Refused, $"The section cannot move there: a show-if would then read an answer not yet given. {broken}");
            }

            return Task.FromResult<SurveySection?>(order.Single(s => s.Id == sectionId));
        }, cancellationToken);
}
