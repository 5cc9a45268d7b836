using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Instruments.Commands;

internal static class SurveyTexts
{
    /// <summary>Starts every refusal that protects stored answers, so the reason is always said the same way.</summary>
    public const string ResponsesExist = "This survey has responses, so";

    /// <summary>The posted texts for the survey's languages only; blank ones are left out.</summary>
    public static LocalizedText Localized(Survey survey, IReadOnlyDictionary<string, string> texts) =>
        survey.LanguageList.Aggregate(LocalizedText.Empty, (text, language) => text.With(language, texts.GetValueOrDefault(language)));

    /// <summary>Adds the DataAnnotations problems of <paramref name="input"/>.</summary>
    public static void AddAnnotationErrors(this FieldErrors errors, object input)
    {
        foreach (var (field, messages) in FieldErrors.Of(input).ToDictionary())
        {
            Array.ForEach(messages, message => errors.Add(field, message));
        }
    }
}
