namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>Who changed what in a campaign, and when; written for every change, never edited.</summary>
public sealed class ChangeRecord
{
    public long Id { get; set; }
    public int CampaignId { get; set; }
    /// <summary>The kind of item, e.g. "Risk".</summary>
    public required string ItemType { get; set; }
    public int ItemId { get; set; }
    public required string ItemLabel { get; set; }
    public required string Action { get; set; }
    /// <summary>"Likelihood: Low → High; Owner: – → Dana", empty for additions and deletions.</summary>
    public string Changes { get; set; } = "";
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A note from one coordinator to the others, on one step of a campaign.</summary>
public sealed class CampaignComment
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public required string Step { get; set; }
    public required string Body { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime At { get; set; }
}

/// <summary>Section 9: an item of the media kit.</summary>
public sealed class MediaKitItem : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => Title;

    public MediaKitKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
}

/// <summary>Section 9: a social-media card made of a figure, a message and a caption.</summary>
public sealed class SocialCard : ICampaignItem
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    string ICampaignItem.HistoryLabel => Headline;

    public required string Headline { get; set; }
    public string? Figure { get; set; }
    public string? Source { get; set; }
    public string? Caption { get; set; }
    public CardPalette Palette { get; set; } = CardPalette.Night;
}
