using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Features.Advocacy;
using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Surveys;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Data;

/// <summary>
/// The one model of Lantern's data. Each database provider has its own subclass so that EF Core
/// keeps a migration history per provider (see <see cref="SqliteLanternDbContext"/>); everything
/// else in the app asks for this type.
/// </summary>
public abstract class LanternDbContext(DbContextOptions options)
    : IdentityDbContext<LanternUser>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring that signs cookies and antiforgery tokens, shared by every instance (see <c>KeyRing</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Area> Areas => Set<Area>();
    public DbSet<SubService> SubServices => Set<SubService>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<ServicePopulation> ServicePopulations => Set<ServicePopulation>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<TwoFactorRoleSetting> TwoFactorRoleSettings => Set<TwoFactorRoleSetting>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyItem> SurveyItems => Set<SurveyItem>();
    public DbSet<SurveyWave> SurveyWaves => Set<SurveyWave>();
    public DbSet<WaveInvitation> WaveInvitations => Set<WaveInvitation>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnalysis> SurveyAnalyses => Set<SurveyAnalysis>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Area>(area =>
        {
            area.Property(a => a.Name).HasMaxLength(200);
            area.Property(a => a.NormalizedName).HasMaxLength(200);
            area.Property(a => a.Path).HasMaxLength(400);
            area.HasIndex(a => a.Path);
            area.HasIndex(a => new { a.ParentId, a.NormalizedName }).IsUnique();
            area.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SubService>(sub =>
        {
            sub.Property(s => s.Code).HasMaxLength(64);
            sub.Property(s => s.Name).HasMaxLength(200);
            sub.HasIndex(s => s.Code).IsUnique();
        });

        builder.Entity<Organisation>(org =>
        {
            org.Property(o => o.Name).HasMaxLength(200);
            org.Property(o => o.NormalizedName).HasMaxLength(200);
            org.Property(o => o.Description).HasMaxLength(4000);
            org.Property(o => o.Email).HasMaxLength(320);
            org.Property(o => o.Phone).HasMaxLength(64);
            org.Property(o => o.Website).HasMaxLength(400);
            org.Property(o => o.Languages).HasMaxLength(200);
            org.HasIndex(o => o.NormalizedName).IsUnique();
        });

        builder.Entity<Service>(service =>
        {
            service.Property(s => s.Description).HasMaxLength(4000);
            service.Property(s => s.Languages).HasMaxLength(200);
            service.Property(s => s.ReferralMethod).HasMaxLength(1000);
            service.HasOne(s => s.Organisation).WithMany(o => o.Services).HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            service.HasOne(s => s.SubService).WithMany().HasForeignKey(s => s.SubServiceId).OnDelete(DeleteBehavior.Restrict);
            service.HasMany(s => s.Areas).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Populations).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ServiceArea>(link =>
        {
            link.HasKey(l => new { l.ServiceId, l.AreaId });
            link.HasIndex(l => l.AreaId);
            link.HasOne(l => l.Area).WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ServicePopulation>(link => link.HasKey(l => new { l.ServiceId, l.Population }));

        builder.Entity<ApiToken>(token =>
        {
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.HasIndex(t => t.Hash).IsUnique();
            token.HasIndex(t => t.UserId);
            token.HasOne<LanternUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<LanternUser>(user => user.Property(u => u.DisplayName).HasMaxLength(200));

        builder.Entity<TwoFactorRoleSetting>(setting =>
        {
            setting.HasKey(s => s.Role);
            setting.Property(s => s.Role).HasMaxLength(32);
        });

        builder.ConfigureAdvocacy();
        builder.ConfigureSurveys();
        builder.ConfigureAudit();
    }
}
