using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>A survey's settings: what it is called, the languages it offers, and what respondents agree to.</summary>
public sealed class SurveySettingsInput
{
    [Required, StringLength(300)]
    public string Title { get; set; } = "";

    [StringLength(4000)]
    public string? Description { get; set; }

    /// <summary>Language codes separated by commas, e.g. "en,it".</summary>
    [Required(ErrorMessage = "Give at least one language code, e.g. en."), StringLength(200)]
    public string Languages { get; set; } = "en";

    [Required(ErrorMessage = "Choose the default language."), Display(Name = "Default language")]
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>The consent statement by language code.</summary>
    public Dictionary<string, string> Consent { get; set; } = [];

    public static SurveySettingsInput From(Survey survey) => new()
    {
        Title = survey.Title, Description = survey.Description, Languages = survey.Languages,
        DefaultLanguage = survey.DefaultLanguage, Consent = new(survey.ConsentStatement.Texts),
    };

    /// <summary>Checks the settings and, only when they hold, writes them to <paramref name="survey"/>.</summary>
    internal void ApplyTo(Survey survey, FieldErrors errors)
    {
        errors.AddAnnotationErrors(this);
        var languages = LanguageCodes.Normalise(Languages);
        var defaultLanguage = (DefaultLanguage ?? "").Trim().ToLowerInvariant();
        if (languages is null)
        {
            errors.Add(nameof(Languages), "Languages: write two- or three-letter codes separated by commas, e.g. en,it.");
        }
        else if (languages.Length > 0 && !languages.Split(',').Contains(defaultLanguage))
        {
            errors.Add(nameof(DefaultLanguage), $"The default language “{defaultLanguage}” must be one of the languages ({languages}).");
        }

        var consent = SurveyTexts.Localized(languages?.Split(',') ?? [], Consent);
        errors.CheckLength(nameof(Consent), "The consent statement", consent, SurveyTexts.ConsentLength);
        if (!errors.IsEmpty)
        {
            return;
        }

        survey.Title = Title.Trim();
        survey.Description = Description?.Trim() ?? "";
        // The default language comes first, as Survey.Languages promises.
        survey.Languages = string.Join(',', languages!.Split(',').OrderBy(code => code != defaultLanguage));
        survey.DefaultLanguage = defaultLanguage;
        survey.ConsentStatement = consent;
    }
}
