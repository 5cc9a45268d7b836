using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Queries;

public sealed record CampaignSummary(Campaign Campaign, int Targets, int Indicators, int OffTrack, int HighRisks, int Upcoming);

public sealed record OffTrackIndicator(Campaign Campaign, Indicator Indicator, IndicatorProgress Progress);

public sealed record OpenRisk(Campaign Campaign, Risk Risk);

public sealed record UpcomingActivity(Campaign Campaign, PlannedActivity Activity);

public sealed record AdvocacyDashboard(
    IReadOnlyList<CampaignSummary> Campaigns, IReadOnlyList<OffTrackIndicator> OffTrack, IReadOnlyList<OpenRisk> HighRisks,
    IReadOnlyList<UpcomingActivity> Upcoming);

/// <summary>Everything across the campaigns this user may see that needs attention now.</summary>
public sealed class DashboardQuery(LanternDbContext db, CampaignAccess access, TimeProvider clock)
{
    /// <summary>How far ahead "upcoming" looks.</summary>
    public const int UpcomingDays = 30;

    public async Task<AdvocacyDashboard> RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(UpcomingDays);
        var campaigns = await access.Visible().AsNoTracking().OrderBy(c => c.Status).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var ids = campaigns.Select(c => c.Id).ToList();
        var byId = campaigns.ToDictionary(c => c.Id);

        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Readings).Where(i => ids.Contains(i.CampaignId)).ToListAsync(cancellationToken);
        var offTrack = indicators
            .Select(i => new OffTrackIndicator(byId[i.CampaignId], i, IndicatorProgress.Of(i)))
            .Where(o => o.Progress.Status == TrackStatus.OffTrack)
            .ToList();
        var openRisks = await db.Risks.AsNoTracking().Where(r => ids.Contains(r.CampaignId) && r.Status == RiskStatus.Open).ToListAsync(cancellationToken);
        var highRisks = openRisks
            .Where(r => RiskRating.Overall(r) == Level.High)
            .OrderByDescending(r => RiskRating.Score(r.Likelihood, r.Impact))
            .Select(r => new OpenRisk(byId[r.CampaignId], r))
            .ToList();
        var upcoming = (await db.PlannedActivities.AsNoTracking()
                .Where(a => ids.Contains(a.CampaignId) && !a.Done && a.EndDate >= today && a.StartDate <= horizon)
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.StartDate)
            .Select(a => new UpcomingActivity(byId[a.CampaignId], a))
            .ToList();
        var targets = await db.AdvocacyTargets.Where(t => ids.Contains(t.CampaignId)).GroupBy(t => t.CampaignId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var summaries = campaigns.Select(c => new CampaignSummary(
            c,
            targets.GetValueOrDefault(c.Id),
            indicators.Count(i => i.CampaignId == c.Id),
            offTrack.Count(o => o.Campaign.Id == c.Id),
            highRisks.Count(r => r.Campaign.Id == c.Id),
            upcoming.Count(u => u.Campaign.Id == c.Id))).ToList();
        return new AdvocacyDashboard(summaries, offTrack, highRisks, upcoming);
    }
}
