namespace Lantern.Web.Features.Surveys.Model;

/// <summary>A survey instrument: sections of items, scales built from items, and the waves that collect responses.</summary>
public sealed class Survey
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    /// <summary>The language every label must have; other languages fall back to it.</summary>
    public string DefaultLanguage { get; set; } = "en";
    /// <summary>Every language the instrument offers, default first, comma-separated codes ("en,it").</summary>
    public string Languages { get; set; } = "en";
    /// <summary>Shown before the first question of the public form; answering means agreeing to it.</summary>
    public LocalizedText ConsentStatement { get; set; } = LocalizedText.Empty;
    /// <summary>Where the instrument came from: a template code, "xlsform" or null when built by hand.</summary>
    public string? Origin { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<SurveySection> Sections { get; set; } = [];
    public List<SurveyItem> Items { get; set; } = [];
    public List<SurveyScale> Scales { get; set; } = [];
    public List<SurveyWave> Waves { get; set; } = [];

    public IReadOnlyList<string> LanguageList =>
        [.. Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

public sealed class SurveySection
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int Position { get; set; }
    public LocalizedText Title { get; set; } = LocalizedText.Empty;
    /// <summary>The whole section is asked only when this condition holds (XLSForm "relevant" syntax).</summary>
    public string? ShowIf { get; set; }
}

public enum ItemType
{
    Likert,
    SingleChoice,
    MultipleChoice,
    WholeNumber,
    DecimalNumber,
    Text,
    Date,
}

/// <summary>
/// One question. <see cref="Name"/> is the variable name used in data files, scales and model
/// syntax. Answers are kept as text in the ODK convention: numbers in invariant culture, dates as
/// yyyy-MM-dd, a choice by its value, several choices as values separated by single spaces.
/// </summary>
public sealed class SurveyItem
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int SectionId { get; set; }
    /// <summary>Set when building a new instrument, so section and item are saved together.</summary>
    public SurveySection? Section { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public ItemType Type { get; set; }
    public LocalizedText Label { get; set; } = LocalizedText.Empty;
    public LocalizedText Hint { get; set; } = LocalizedText.Empty;
    public bool Required { get; set; }
    /// <summary>Asked only when this condition on earlier answers holds (XLSForm "relevant" syntax).</summary>
    public string? ShowIf { get; set; }
    /// <summary>Bounds for whole numbers and decimals.</summary>
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    /// <summary>Set when the wording is adapted from a published instrument, e.g. "Craig and Maggiotto (1982)".</summary>
    public string? AdaptedFrom { get; set; }

    /// <summary>The options of a choice item; for a Likert item, its points 1..k with their labels.</summary>
    public List<ItemChoice> Choices { get; set; } = [];

    public bool HasChoices => Type is ItemType.Likert or ItemType.SingleChoice or ItemType.MultipleChoice;
}

public sealed class ItemChoice
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public int Position { get; set; }
    /// <summary>The value stored in answers: no spaces, as in XLSForm's choices sheet.</summary>
    public required string Value { get; set; }
    public LocalizedText Label { get; set; } = LocalizedText.Empty;
}
