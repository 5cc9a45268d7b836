using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy;

/// <summary>The planner's tables as named sets, kept here so the shared context stays small.</summary>
public static class AdvocacySets
{
    extension(LanternDbContext db)
    {
        public DbSet<Campaign> Campaigns => db.Set<Campaign>();
        public DbSet<CampaignMember> CampaignMembers => db.Set<CampaignMember>();
        public DbSet<CampaignEvidence> CampaignEvidence => db.Set<CampaignEvidence>();
        public DbSet<EvidenceFile> EvidenceFiles => db.Set<EvidenceFile>();
        public DbSet<Objective> Objectives => db.Set<Objective>();
        public DbSet<AdvocacyTarget> AdvocacyTargets => db.Set<AdvocacyTarget>();
        public DbSet<Tactic> Tactics => db.Set<Tactic>();
        public DbSet<PlannedActivity> PlannedActivities => db.Set<PlannedActivity>();
        public DbSet<TargetMessage> TargetMessages => db.Set<TargetMessage>();
        public DbSet<Risk> Risks => db.Set<Risk>();
        public DbSet<Indicator> Indicators => db.Set<Indicator>();
        public DbSet<IndicatorReading> IndicatorReadings => db.Set<IndicatorReading>();
        public DbSet<EvaluationAnswer> EvaluationAnswers => db.Set<EvaluationAnswer>();
        public DbSet<MediaKitItem> MediaKitItems => db.Set<MediaKitItem>();
        public DbSet<SocialCard> SocialCards => db.Set<SocialCard>();
        public DbSet<ChangeRecord> CampaignChanges => db.Set<ChangeRecord>();
        public DbSet<CampaignComment> CampaignComments => db.Set<CampaignComment>();
    }
}
