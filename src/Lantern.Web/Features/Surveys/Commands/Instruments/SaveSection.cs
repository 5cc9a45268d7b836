using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Adds a section at the end (<paramref name="SectionId"/> null) or replaces a section's title and show-if.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record SaveSection(int SurveyId, int? SectionId, SectionInput Input) : ICommand<SurveySection>
{
    public sealed class Handler(SurveyChanges changes) : ICommandHandler<SaveSection, SurveySection>
    {
        public Task<CommandResult<SurveySection>> HandleAsync(SaveSection command, CancellationToken cancellationToken) =>
            changes.ChangeAsync(command.SurveyId, (survey, errors) => Task.FromResult(Apply(survey, command, errors)), cancellationToken);

        private static SurveySection? Apply(Survey survey, SaveSection command, FieldErrors errors)
        {
            var input = command.Input;
            var section = command.SectionId is { } id ? survey.Sections.SingleOrDefault(s => s.Id == id) : null;
            if (command.SectionId is not null && section is null)
            {
                return null;
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
                return null;
            }

            if (section is null)
            {
                section = new SurveySection { Position = survey.Sections.Count == 0 ? 1 : survey.Sections.Max(s => s.Position) + 1 };
                survey.Sections.Add(section);
            }

            section.Title = title;
            section.ShowIf = SurveyTexts.Blank(input.ShowIf);
            return section;
        }
    }
}
