using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
}

public sealed partial class InstrumentCommands
{
    public async Task<CommandResult<Survey>> CreateSurveyAsync(SurveySettingsInput input, CancellationToken cancellationToken = default)
    {
        var survey = new Survey { Title = "", CreatedAt = Now };
        var errors = new FieldErrors();
        ApplySettings(survey, input, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<Survey>.Fail(errors);
        }

        db.Add(survey);
        await SaveAsync(survey, cancellationToken);
        return new(survey, errors);
    }

    /// <summary>The seed-000 instrument with the study's two path models, saved together.</summary>
    public async Task<Survey> CreateFromTemplateAsync(CancellationToken cancellationToken = default)
    {
        var survey = PoliticalEfficacyTemplate.Build(Now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(PoliticalEfficacyTemplate.Analyses(survey, Now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return survey;
    }

    public Task<CommandResult<Survey>> UpdateSettingsAsync(int surveyId, SurveySettingsInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync<Survey>(surveyId, (survey, errors) =>
        {
            ApplySettings(survey, input, errors);
            return Task.FromResult<Survey?>(survey);
        }, cancellationToken);

    /// <summary>Deletes the survey with everything in it: instrument, waves, responses and analyses.</summary>
    public async Task<bool> DeleteSurveyAsync(int surveyId, CancellationToken cancellationToken = default) =>
        await db.DeleteAsync(db.Surveys.Where(s => s.Id == surveyId), cancellationToken) > 0;

    private static void ApplySettings(Survey survey, SurveySettingsInput input, FieldErrors errors)
    {
        errors.AddAnnotationErrors(input);
        var languages = LanguageCodes.Normalise(input.Languages);
        var defaultLanguage = (input.DefaultLanguage ?? "").Trim().ToLowerInvariant();
        if (languages is null)
        {
            errors.Add(nameof(input.Languages), "Languages: write two- or three-letter codes separated by commas, e.g. en,it.");
        }
        else if (languages.Length > 0 && !languages.Split(',').Contains(defaultLanguage))
        {
            errors.Add(nameof(input.DefaultLanguage), $"The default language “{defaultLanguage}” must be one of the languages ({languages}).");
        }

        var consent = SurveyTexts.Localized(languages?.Split(',') ?? [], input.Consent);
        errors.CheckLength(nameof(input.Consent), "The consent statement", consent, SurveyTexts.ConsentLength);
        if (!errors.IsEmpty)
        {
            return;
        }

        survey.Title = input.Title.Trim();
        survey.Description = input.Description?.Trim() ?? "";
        // The default language comes first, as Survey.Languages promises.
        survey.Languages = string.Join(',', languages!.Split(',').OrderBy(code => code != defaultLanguage));
        survey.DefaultLanguage = defaultLanguage;
        survey.ConsentStatement = consent;
    }
}
