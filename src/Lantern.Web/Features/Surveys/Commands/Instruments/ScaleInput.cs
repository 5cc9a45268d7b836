using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>How an item takes part in a scale.</summary>
public enum ScaleMembership
{
    Out,
    In,
    Reversed,
}

public sealed class ScaleInput
{
    [Required(ErrorMessage = "Give the scale a variable name.")]
    public string Name { get; set; } = "";

    [StringLength(300)]
    public string? Label { get; set; }

    [EnumDataType(typeof(ScaleScoring), ErrorMessage = "Score the scale by mean or by sum.")]
    public ScaleScoring Scoring { get; set; } = ScaleScoring.Mean;

    /// <summary>By item id; items left out are not in the scale.</summary>
    public Dictionary<int, ScaleMembership> Members { get; set; } = [];

    public static ScaleInput From(SurveyScale scale) => new()
    {
        Name = scale.Name, Label = scale.Label, Scoring = scale.Scoring,
        Members = scale.Items.ToDictionary(m => m.ItemId, m => m.Reversed ? ScaleMembership.Reversed : ScaleMembership.In),
    };
}
