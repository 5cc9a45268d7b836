using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>One text of the instrument that has a version per language, and where it sits.</summary>
public sealed record TranslatableText(string Kind, int Id, string Where, LocalizedText Text, int MaxLength, bool NeededInDefaultLanguage, Action<LocalizedText> Replace)
{
    /// <summary>The form key of its box for <paramref name="language"/>, e.g. "label-12-it".</summary>
    public string KeyFor(string language) => $"{Kind}-{Id}-{language}";

    /// <summary>Every translatable text in instrument order: consent, then per section its title and its items' labels, hints and choices.</summary>
    public static IEnumerable<TranslatableText> All(Survey survey)
    {
        yield return new("consent", survey.Id, "Consent statement", survey.ConsentStatement, SurveyTexts.ConsentLength, false, text => survey.ConsentStatement = text);
        foreach (var section in InstrumentOrder.Sections(survey))
        {
            yield return new("section", section.Id, $"Section {section.Position}: title", section.Title, SurveyTexts.TitleLength, true, text => section.Title = text);
            foreach (var item in InstrumentOrder.ItemsOf(survey, section))
            {
                yield return new("label", item.Id, $"{item.Name}: label", item.Label, SurveyTexts.LabelLength, true, text => item.Label = text);
                yield return new("hint", item.Id, $"{item.Name}: hint", item.Hint, SurveyTexts.HintLength, false, text => item.Hint = text);
                foreach (var choice in item.Choices.OrderBy(c => c.Position))
                {
                    yield return new("choice", choice.Id, $"{item.Name} = {choice.Value}", choice.Label, SurveyTexts.ChoiceLength, true, text => choice.Label = text);
                }
            }
        }
    }
}
