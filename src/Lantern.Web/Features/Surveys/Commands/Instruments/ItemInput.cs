using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>One question as the edit form posts it; texts are keyed by language code.</summary>
public sealed class ItemInput
{
    [Required(ErrorMessage = "Choose the section the item belongs to."), Display(Name = "Section")]
    public int? SectionId { get; set; }

    [Required(ErrorMessage = "Give the item a variable name."), Display(Name = "Variable name")]
    public string Name { get; set; } = "";

    [EnumDataType(typeof(ItemType), ErrorMessage = "Choose a type from the list.")]
    public ItemType Type { get; set; } = ItemType.Likert;

    /// <summary>5 or 7; read only for Likert items.</summary>
    [Display(Name = "Likert points")]
    public int LikertPoints { get; set; } = 7;

    public Dictionary<string, string> Label { get; set; } = [];

    public Dictionary<string, string> Hint { get; set; } = [];

    public bool Required { get; set; }

    [StringLength(SurveyModelConfiguration.ConditionLength), Display(Name = "Show if")]
    public string? ShowIf { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    /// <summary>Per language, one "value = label" per line; read only for Likert and choice items.</summary>
    public Dictionary<string, string> Choices { get; set; } = [];

    public static ItemInput From(SurveyItem item, Survey survey) => new()
    {
        SectionId = item.SectionId, Name = item.Name, Type = item.Type,
        LikertPoints = item.Type == ItemType.Likert ? item.Choices.Count : 7,
        Label = new(item.Label.Texts), Hint = new(item.Hint.Texts), Required = item.Required, ShowIf = item.ShowIf,
        Minimum = item.Minimum, Maximum = item.Maximum,
        Choices = survey.LanguageList.ToDictionary(language => language, language => ChoiceLines.Format(item.Choices, language)),
    };

    /// <summary>A new item of <paramref name="section"/>: a 7-point Likert item, which gets agreement labels unless others are written.</summary>
    public static ItemInput New(SurveySection section) => new() { SectionId = section.Id };
}
