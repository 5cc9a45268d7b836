using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Queries;

/// <summary>A whole campaign, loaded once for the print page and the PDF and DOCX exports.</summary>
public sealed record CampaignStrategy(
    Campaign Campaign,
    IReadOnlyList<CampaignEvidence> Evidence,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<AdvocacyTarget> Targets,
    IReadOnlyList<Tactic> Tactics,
    IReadOnlyList<TargetMessage> Messages,
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<EvaluationAnswer> Answers,
    IReadOnlyList<MediaKitItem> MediaKit,
    IReadOnlyList<SocialCard> Cards);

public sealed class StrategyLoader(LanternDbContext db, CampaignAccess access)
{
    /// <summary>The campaign and all its items, or null when this user may not see it.</summary>
    public async Task<CampaignStrategy?> LoadAsync(int campaignId, CancellationToken cancellationToken)
    {
        var campaign = await access.FindAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        return new CampaignStrategy(
            campaign,
            await Items<CampaignEvidence>().OrderBy(e => e.Id).ToListAsync(cancellationToken),
            await Items<Objective>().OrderBy(o => o.DueDate).ThenBy(o => o.Id).ToListAsync(cancellationToken),
            await Items<AdvocacyTarget>().OrderBy(t => t.Name).ToListAsync(cancellationToken),
            await Items<Tactic>().Include(t => t.Activities).OrderBy(t => t.Kind).ThenBy(t => t.Id).ToListAsync(cancellationToken),
            await Items<TargetMessage>().OrderBy(m => m.Id).ToListAsync(cancellationToken),
            await Items<Risk>().OrderBy(r => r.Id).ToListAsync(cancellationToken),
            await Items<Indicator>().Include(i => i.Readings).OrderBy(i => i.Kind).ThenBy(i => i.Id).ToListAsync(cancellationToken),
            await Items<EvaluationAnswer>().ToListAsync(cancellationToken),
            await Items<MediaKitItem>().OrderBy(m => m.Kind).ThenBy(m => m.Id).ToListAsync(cancellationToken),
            await Items<SocialCard>().OrderBy(c => c.Id).ToListAsync(cancellationToken));

        IQueryable<T> Items<T>() where T : class, ICampaignItem =>
            db.Set<T>().AsNoTracking().Where(i => i.CampaignId == campaignId);
    }
}
