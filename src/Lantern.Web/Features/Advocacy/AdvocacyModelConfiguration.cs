using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Advocacy;

/// <summary>The advocacy planner's tables; <c>Data/Migrations/0002_Advocacy.cs</c> creates the same schema by hand.</summary>
public static class AdvocacyModelConfiguration
{
    public static void ConfigureAdvocacy(this ModelBuilder builder)
    {
        builder.Entity<Campaign>(campaign =>
        {
            campaign.ToTable("Campaigns");
            campaign.Property(c => c.Name).HasMaxLength(200);
            campaign.Property(c => c.IssueOfConcern).HasMaxLength(4000);
            campaign.Property(c => c.Vision).HasMaxLength(1000);
            campaign.Property(c => c.PublicMessage).HasMaxLength(1000);
            campaign.Property(c => c.PublicMessageEvidence).HasMaxLength(2000);
            campaign.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CampaignMember>(member =>
        {
            member.ToTable("CampaignMembers");
            member.HasKey(m => new { m.CampaignId, m.UserId });
            member.HasIndex(m => m.UserId);
            member.HasOne<LanternUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        Item<CampaignEvidence>(builder, "CampaignEvidence", evidence =>
        {
            evidence.Property(e => e.Title).HasMaxLength(300);
            evidence.Property(e => e.Url).HasMaxLength(1000);
            evidence.Property(e => e.Figure).HasMaxLength(40);
            evidence.Property(e => e.Source).HasMaxLength(300);
            evidence.Property(e => e.FileName).HasMaxLength(255);
            evidence.Property(e => e.ContentType).HasMaxLength(100);
            evidence.HasOne(e => e.File).WithOne().HasForeignKey<EvidenceFile>(f => f.EvidenceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EvidenceFile>(file =>
        {
            file.ToTable("CampaignEvidenceFiles");
            file.HasKey(f => f.EvidenceId);
        });

        Item<Objective>(builder, "CampaignObjectives", objective =>
        {
            objective.Property(o => o.Statement).HasMaxLength(1000);
            objective.Property(o => o.MeasurableTarget).HasMaxLength(500);
        });

        Item<AdvocacyTarget>(builder, "CampaignTargets", target =>
        {
            target.Property(t => t.Name).HasMaxLength(300);
            target.Property(t => t.CatalogueCode).HasMaxLength(64);
            target.Property(t => t.Notes).HasMaxLength(2000);
            target.HasOne<AdvocacyTarget>().WithMany().HasForeignKey(t => t.CloseToTargetId).OnDelete(DeleteBehavior.SetNull);
        });

        Item<Tactic>(builder, "CampaignTactics", tactic =>
        {
            tactic.Property(t => t.Title).HasMaxLength(300);
            tactic.Property(t => t.Description).HasMaxLength(2000);
            tactic.HasMany(t => t.Activities).WithOne().HasForeignKey(a => a.TacticId).OnDelete(DeleteBehavior.Cascade);
        });

        Item<PlannedActivity>(builder, "CampaignActivities", activity =>
        {
            activity.Property(a => a.Title).HasMaxLength(300);
            activity.Property(a => a.Owner).HasMaxLength(200);
        });

        Item<TargetMessage>(builder, "CampaignMessages", message =>
        {
            message.Property(m => m.ThemeCode).HasMaxLength(64);
            message.Property(m => m.Text).HasMaxLength(2000);
            message.Property(m => m.Evidence).HasMaxLength(2000);
            message.HasOne<AdvocacyTarget>().WithMany().HasForeignKey(m => m.TargetId).OnDelete(DeleteBehavior.Cascade);
        });

        Item<Risk>(builder, "CampaignRisks", risk =>
        {
            risk.Property(r => r.Description).HasMaxLength(1000);
            risk.Property(r => r.Mitigation).HasMaxLength(2000);
            risk.Property(r => r.Owner).HasMaxLength(200);
        });

        Item<Indicator>(builder, "CampaignIndicators", indicator =>
        {
            indicator.Property(i => i.Name).HasMaxLength(300);
            indicator.Property(i => i.Unit).HasMaxLength(60);
            indicator.HasMany(i => i.Readings).WithOne().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });

        Item<IndicatorReading>(builder, "CampaignIndicatorReadings", reading => reading.Property(r => r.Note).HasMaxLength(1000));

        Item<EvaluationAnswer>(builder, "CampaignEvaluationAnswers", answer =>
        {
            answer.Property(a => a.QuestionCode).HasMaxLength(64);
            answer.Property(a => a.Notes).HasMaxLength(2000);
            answer.HasIndex(a => new { a.CampaignId, a.Stage, a.QuestionCode }).IsUnique();
        });

        Item<MediaKitItem>(builder, "CampaignMediaKitItems", item =>
        {
            item.Property(i => i.Title).HasMaxLength(300);
            item.Property(i => i.Body).HasMaxLength(4000);
        });

        Item<SocialCard>(builder, "CampaignSocialCards", card =>
        {
            card.Property(c => c.Headline).HasMaxLength(200);
            card.Property(c => c.Figure).HasMaxLength(24);
            card.Property(c => c.Source).HasMaxLength(200);
            card.Property(c => c.Caption).HasMaxLength(500);
        });

        builder.Entity<ChangeRecord>(change =>
        {
            change.ToTable("CampaignChanges");
            change.Property(c => c.ItemType).HasMaxLength(40);
            change.Property(c => c.ItemLabel).HasMaxLength(300);
            change.Property(c => c.Action).HasMaxLength(20);
            change.Property(c => c.Changes).HasMaxLength(4000);
            change.Property(c => c.UserId).HasMaxLength(450);
            change.Property(c => c.UserName).HasMaxLength(256);
            change.HasIndex(c => new { c.CampaignId, c.At });
            change.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CampaignComment>(comment =>
        {
            comment.ToTable("CampaignComments");
            comment.Property(c => c.Step).HasMaxLength(40);
            comment.Property(c => c.Body).HasMaxLength(4000);
            comment.Property(c => c.UserId).HasMaxLength(450);
            comment.Property(c => c.UserName).HasMaxLength(256);
            comment.HasIndex(c => new { c.CampaignId, c.Step });
            comment.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>An item of a campaign: its own table, indexed by campaign, gone when the campaign goes.</summary>
    private static void Item<T>(ModelBuilder builder, string table, Action<EntityTypeBuilder<T>> configure)
        where T : class, ICampaignItem
    {
        builder.Entity<T>(item =>
        {
            item.ToTable(table);
            item.HasIndex(i => i.CampaignId);
            item.HasOne<Campaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
            configure(item);
        });
    }
}

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
