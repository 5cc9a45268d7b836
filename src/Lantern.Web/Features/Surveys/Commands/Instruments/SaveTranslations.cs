using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

public sealed class TranslationsInput
{
    /// <summary>By <see cref="TranslatableText.KeyFor"/>; a box left out of the post keeps its text.</summary>
    public Dictionary<string, string> Texts { get; set; } = [];
}

/// <summary>Saves every box of the translations page at once, or nothing when any text needed in the default language is blank.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record SaveTranslations(int SurveyId, TranslationsInput Input) : ICommand<Survey>
{
    public sealed class Handler(SurveyChanges changes) : ICommandHandler<SaveTranslations, Survey>
    {
        public Task<CommandResult<Survey>> HandleAsync(SaveTranslations command, CancellationToken cancellationToken) =>
            changes.ChangeAsync<Survey>(command.SurveyId, (survey, errors) =>
            {
                foreach (var text in TranslatableText.All(survey).ToList())
                {
                    var updated = text.Text;
                    foreach (var language in survey.LanguageList)
                    {
                        if (command.Input.Texts.TryGetValue(text.KeyFor(language), out var posted))
                        {
                            updated = updated.With(language, posted);
                        }
                    }

                    if (text.NeededInDefaultLanguage && !updated.Texts.ContainsKey(survey.DefaultLanguage))
                    {
                        errors.Add(text.KeyFor(survey.DefaultLanguage), $"{text.Where} ({survey.DefaultLanguage}): this text is needed in the default language.");
                    }

                    errors.CheckLength(text.KeyFor(survey.DefaultLanguage), text.Where, updated, text.MaxLength);
                    text.Replace(updated);
                }

                return Task.FromResult<Survey?>(survey);
            }, cancellationToken);
    }
}
