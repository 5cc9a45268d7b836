using Lantern.Web.Features.Surveys.Commands.Instruments;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;

namespace Lantern.Web.Features.Surveys.Api;

public sealed record ChoiceDto(int Id, int Position, string Value, IReadOnlyDictionary<string, string> Label);

public sealed record ItemDto(
    int Id, int SectionId, int Position, string Name, ItemType Type, IReadOnlyDictionary<string, string> Label, IReadOnlyDictionary<string, string> Hint,
    bool Required, string? ShowIf, decimal? Minimum, decimal? Maximum, string? AdaptedFrom, IReadOnlyList<ChoiceDto> Choices)
{
    public static ItemDto From(SurveyItem item) => new(
        item.Id, item.SectionId, item.Position, item.Name, item.Type, item.Label.Texts, item.Hint.Texts, item.Required, item.ShowIf,
        item.Minimum, item.Maximum, item.AdaptedFrom, [.. item.Choices.OrderBy(c => c.Position).Select(c => new ChoiceDto(c.Id, c.Position, c.Value, c.Label.Texts))]);
}

public sealed record SectionDto(int Id, int Position, IReadOnlyDictionary<string, string> Title, string? ShowIf)
{
    public static SectionDto From(SurveySection section) => new(section.Id, section.Position, section.Title.Texts, section.ShowIf);
}

public sealed record ScaleMemberDto(int ItemId, bool Reversed);

public sealed record ScaleDto(int Id, string Name, string Label, ScaleScoring Scoring, IReadOnlyList<ScaleMemberDto> Items)
{
    public static ScaleDto From(SurveyScale scale) =>
        new(scale.Id, scale.Name, scale.Label, scale.Scoring, [.. scale.Items.OrderBy(m => m.ItemId).Select(m => new ScaleMemberDto(m.ItemId, m.Reversed))]);
}

/// <summary>
/// The whole instrument: sections in order, items in instrument order (each names its section),
/// and scales. Every text is an object from language code to text, so the translations come with it.
/// </summary>
public sealed record InstrumentDto(
    int Id, string Title, string Description, string DefaultLanguage, IReadOnlyList<string> Languages, IReadOnlyDictionary<string, string> Consent,
    string? Origin, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<SectionDto> Sections, IReadOnlyList<ItemDto> Items, IReadOnlyList<ScaleDto> Scales)
{
    /// <param name="survey">Loaded by <see cref="SurveyQueries.LoadInstrumentAsync"/>, which puts every part in order.</param>
    public static InstrumentDto From(Survey survey) => new(
        survey.Id, survey.Title, survey.Description, survey.DefaultLanguage, survey.LanguageList, survey.ConsentStatement.Texts, survey.Origin,
        survey.CreatedAt, survey.UpdatedAt, [.. survey.Sections.Select(SectionDto.From)], [.. survey.Items.Select(ItemDto.From)], [.. survey.Scales.Select(ScaleDto.From)]);
}

/// <summary>One translatable text with its key per language, the keys <c>PUT …/translations</c> takes.</summary>
public sealed record TranslationDto(string Kind, int Id, string Where, bool NeededInDefaultLanguage, int MaxLength, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, string> Keys)
{
    public static TranslationDto From(TranslatableText text, Survey survey) => new(
        text.Kind, text.Id, text.Where, text.NeededInDefaultLanguage, text.MaxLength, text.Text.Texts,
        survey.LanguageList.ToDictionary(language => language, text.KeyFor));
}
