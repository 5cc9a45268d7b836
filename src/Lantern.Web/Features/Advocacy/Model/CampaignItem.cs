namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>
/// Anything that belongs to one campaign. Every item carries its campaign's id, even when it also
/// hangs under another item, so access checks and the change history work the same way for all.
/// </summary>
public interface ICampaignItem
{
    int Id { get; }

    int CampaignId { get; }

    /// <summary>A short name for the item in the change history, e.g. the risk's description.</summary>
    string HistoryLabel { get; }
}

/// <summary>The kinds of item a campaign holds that can be deleted one by one.</summary>
public enum CampaignItemKind
{
    Evidence,
    Objective,
    Target,
    Tactic,
    Activity,
    Message,
    Risk,
    Indicator,
    Reading,
    MediaKitItem,
    SocialCard,
}
