using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Templates;

/// <summary>
/// Builds a new instrument as an object graph that is saved in one go: sections, their items in
/// order, choices and scales. Used by the templates; labels are in the instrument's default language.
/// </summary>
public sealed class InstrumentDraft(Survey survey)
{
    private SurveySection? section;
    private int itemPosition;

    public Survey Survey { get; } = survey;

    private string Language => Survey.DefaultLanguage;

    public InstrumentDraft Section(string title, string? showIf = null)
    {
        section = new SurveySection { Position = Survey.Sections.Count + 1, Title = LocalizedText.Of(Language, title), ShowIf = showIf };
        Survey.Sections.Add(section);
        return this;
    }

    public InstrumentDraft Likert(string name, string label, IReadOnlyList<string> points, string? adaptedFrom = null) =>
        Add(name, ItemType.Likert, label, required: false, item =>
        {
            item.AdaptedFrom = adaptedFrom;
            item.Choices = [.. points.Select((point, i) => Choice($"{i + 1}", point, i))];
        });

    public InstrumentDraft Choice(string name, ItemType type, string label, params (string Value, string Label)[] choices) =>
        Add(name, type, label, required: false, item => item.Choices = [.. choices.Select((c, i) => Choice(c.Value, c.Label, i))]);

    public InstrumentDraft Count(string name, string label, int maximum) =>
        Add(name, ItemType.WholeNumber, label, required: false, item => (item.Minimum, item.Maximum) = (0, maximum));

    public InstrumentDraft Scale(string name, string label, IEnumerable<string> itemNames, IEnumerable<string>? reversed = null)
    {
        var reversedSet = reversed?.ToHashSet() ?? [];
        Survey.Scales.Add(new SurveyScale
        {
            Name = name,
            Label = label,
            Items = [.. itemNames.Select(n => new ScaleItem { Item = Survey.Items.Single(i => i.Name == n), Reversed = reversedSet.Contains(n) })],
        });
        return this;
    }

    private InstrumentDraft Add(string name, ItemType type, string label, bool required, Action<SurveyItem> shape)
    {
        var item = new SurveyItem
        {
            Name = name,
            Type = type,
            Label = LocalizedText.Of(Language, label),
            Required = required,
            Section = section ?? throw new InvalidOperationException("Start a section before adding items."),
            Position = ++itemPosition,
        };
        shape(item);
        Survey.Items.Add(item);
        return this;
    }

    private ItemChoice Choice(string value, string label, int index) =>
        new() { Value = value, Label = LocalizedText.Of(Language, label), Position = index + 1 };
}
