namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>Step 4: a person or body with the power to make or help the change.</summary>
public sealed class AdvocacyTarget : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => Name;

    public required string Name { get; set; }
    public TargetGroup Group { get; set; }
    /// <summary>The catalogue entry the target was taken from, if any.</summary>
    public string? CatalogueCode { get; set; }
    public Impact Impact { get; set; }
    public Influence Influence { get; set; }
    public string? Notes { get; set; }
    /// <summary>When set, this target is someone close to a hard-to-reach target who can carry the message to them.</summary>
    public int? CloseToTargetId { get; set; }
}

/// <summary>Step 5: an approach, discreet, public or semi-public, and its planned activities.</summary>
public sealed class Tactic : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => Title;

    public TacticKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public List<PlannedActivity> Activities { get; set; } = [];
}

public sealed class PlannedActivity : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int TacticId { get; set; }
    string ICampaignItem.HistoryLabel => Title;

    public required string Title { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public required string Owner { get; set; }
    public bool Done { get; set; }
}

/// <summary>Step 6: a message tailored to one target, with the evidence that backs it.</summary>
public sealed class TargetMessage : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int TargetId { get; set; }
    string ICampaignItem.HistoryLabel => Text.Length > 60 ? Text[..60] + "…" : Text;

    /// <summary>The library theme the message started from, if any.</summary>
    public string? ThemeCode { get; set; }
    public required string Text { get; set; }
    public required string Evidence { get; set; }
}

/// <summary>Step 7: a risk or challenge, rated and with its mitigation.</summary>
public sealed class Risk : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => Description.Length > 60 ? Description[..60] + "…" : Description;

    public RiskCategory Category { get; set; }
    public required string Description { get; set; }
    public Level Likelihood { get; set; }
    public Level Impact { get; set; }
    public required string Mitigation { get; set; }
    public string? Owner { get; set; }
    public RiskStatus Status { get; set; } = RiskStatus.Open;
}
