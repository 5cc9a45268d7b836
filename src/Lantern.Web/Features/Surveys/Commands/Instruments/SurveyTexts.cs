using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

internal static class SurveyTexts
{
    /// <summary>Starts every refusal that protects stored answers, so the reason is always said the same way.</summary>
    public const string ResponsesExist = "This survey has responses, so";

    /// <summary>The posted texts for the survey's languages only; blank ones are left out.</summary>
    public static LocalizedText Localized(Survey survey, IReadOnlyDictionary<string, string> texts) => Localized(survey.LanguageList, texts);

    public static LocalizedText Localized(IEnumerable<string> languages, IReadOnlyDictionary<string, string> texts) =>
        languages.Aggregate(LocalizedText.Empty, (text, language) => text.With(language, texts.GetValueOrDefault(language)));

    /// <summary>Null for a blank optional text (a show-if left empty), the trimmed text otherwise.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The longest text per kind, so that no label grows without bound (the columns are JSON text).</summary>
    public const int TitleLength = SurveyModelConfiguration.TitleLength;
    public const int LabelLength = 2000;
    public const int HintLength = 1000;
    public const int ChoiceLength = 500;
    public const int ConsentLength = 4000;

    /// <summary>Adds a problem for every language whose text is longer than <paramref name="maxLength"/>.</summary>
    public static void CheckLength(this FieldErrors errors, string field, string what, LocalizedText text, int maxLength)
    {
        foreach (var (language, value) in text.Texts.Where(pair => pair.Value.Length > maxLength))
        {
            errors.Add(field, $"{what} ({language}) is {value.Length} characters long; at most {maxLength} fit.");
        }
    }

    /// <summary>Adds the DataAnnotations problems of <paramref name="input"/>.</summary>
    public static void AddAnnotationErrors(this FieldErrors errors, object input)
    {
        foreach (var (field, messages) in FieldErrors.Of(input).ToDictionary())
        {
            Array.ForEach(messages, message => errors.Add(field, message));
        }
    }
}
