namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>One advocacy strategy, worked through the toolkit's steps.</summary>
public sealed class Campaign : ICampaignItem
{
    public int Id { get; set; }
    int ICampaignItem.CampaignId => Id;
    string ICampaignItem.HistoryLabel => Name;

    public required string Name { get; set; }
    public CampaignStatus Status { get; set; } = CampaignStatus.Planning;
    /// <summary>Step 1: what is wrong, in a few sentences.</summary>
    public string IssueOfConcern { get; set; } = "";
    /// <summary>Step 2: the world the campaign works towards.</summary>
    public string Vision { get; set; } = "";
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>A private campaign is visible only to its members.</summary>
    public bool IsPrivate { get; set; }
    /// <summary>Step 6: the one overarching message for the public, and what backs it.</summary>
    public string? PublicMessage { get; set; }
    public string? PublicMessageEvidence { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<CampaignMember> Members { get; set; } = [];
}

public sealed class CampaignMember
{
    public int CampaignId { get; set; }
    public required string UserId { get; set; }
}

/// <summary>What backs the issue of concern: a link, an uploaded document or a figure with its source.</summary>
public sealed class CampaignEvidence : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => Title;

    public EvidenceKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    /// <summary>For a figure: the number as it should be quoted, e.g. "75%".</summary>
    public string? Figure { get; set; }
    public string? Source { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? FileSize { get; set; }
    /// <summary>Loaded only when the document is downloaded.</summary>
    public EvidenceFile? File { get; set; }
}

/// <summary>An uploaded document's bytes, kept apart so lists of evidence never load them.</summary>
public sealed class EvidenceFile
{
    public int EvidenceId { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>Step 3: a concrete objective, with how success is measured and by when.</summary>
public sealed class Objective : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => Statement;

    public required string Statement { get; set; }
    /// <summary>The measurable target, e.g. "three platforms add a reporting button".</summary>
    public required string MeasurableTarget { get; set; }
    public DateOnly DueDate { get; set; }
    public bool Achieved { get; set; }
}
