namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>
/// The toolkit's sections as the planner's pages, numbered as in the toolkit (the issue and the
/// vision share the campaign's front page). Pages, comments and exports use the same list.
/// </summary>
public sealed record CampaignStep(string Slug, string Number, string Title)
{
    public static readonly CampaignStep Issue = new("", "1–2", "Issue and vision");
    public static readonly CampaignStep Objectives = new("objectives", "3", "Objectives");
    public static readonly CampaignStep Targets = new("targets", "4", "Targets");
    public static readonly CampaignStep Tactics = new("tactics", "5", "Tactics");
    public static readonly CampaignStep Messages = new("messages", "6", "Messages");
    public static readonly CampaignStep Risks = new("risks", "7", "Risks and challenges");
    public static readonly CampaignStep Monitoring = new("monitoring", "8", "Monitoring and evaluation");
    public static readonly CampaignStep Communication = new("communication", "9", "Communication kit");

    public static readonly IReadOnlyList<CampaignStep> All = [Issue, Objectives, Targets, Tactics, Messages, Risks, Monitoring, Communication];

    /// <summary>The slug comments are filed under; the front page has an empty one in its URL.</summary>
    public string Key => Slug.Length == 0 ? "issue" : Slug;

    public string UrlFor(int campaignId) => Slug.Length == 0 ? $"/advocacy/{campaignId}" : $"/advocacy/{campaignId}/{Slug}";
}
