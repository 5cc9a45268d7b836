namespace Lantern.Web.Features.Surveys.Model;

public enum ScaleScoring
{
    Mean,
    Sum,
}

/// <summary>A set of Likert or numeric items scored together, some of them reverse-coded.</summary>
public sealed class SurveyScale
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    /// <summary>The scale score's variable name in analyses and exports.</summary>
    public required string Name { get; set; }
    public string Label { get; set; } = "";
    public ScaleScoring Scoring { get; set; } = ScaleScoring.Mean;
    public List<ScaleItem> Items { get; set; } = [];
}

public sealed class ScaleItem
{
    public int ScaleId { get; set; }
    public int ItemId { get; set; }
    /// <summary>Set when building a new instrument, so scale and item are saved together.</summary>
    public SurveyItem? Item { get; set; }
    /// <summary>Scored as (min + max − answer), so that a high score always means more of the trait.</summary>
    public bool Reversed { get; set; }
}
