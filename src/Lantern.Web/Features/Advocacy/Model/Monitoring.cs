namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>Step 8: one row of the log frame, measured from a baseline towards a target by a due date.</summary>
public sealed class Indicator : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => Name;

    public IndicatorKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>What is counted, e.g. "meetings" or "% of respondents".</summary>
    public required string Unit { get; set; }
    public double Baseline { get; set; }
    public DateOnly BaselineDate { get; set; }
    public double TargetValue { get; set; }
    public DateOnly DueDate { get; set; }
    public List<IndicatorReading> Readings { get; set; } = [];
}

public sealed class IndicatorReading : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int IndicatorId { get; set; }
    string ICampaignItem.HistoryLabel => FormattableString.Invariant($"{Date:yyyy-MM-dd}: {Value}");

    public DateOnly Date { get; set; }
    public double Value { get; set; }
    public string? Note { get; set; }
}

/// <summary>The answer to one question of the mid-term or final evaluation checklist.</summary>
public sealed class EvaluationAnswer : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => QuestionCode;

    public EvaluationStage Stage { get; set; }
    public required string QuestionCode { get; set; }
    public EvaluationAnswerValue Answer { get; set; }
    public string? Notes { get; set; }
}
