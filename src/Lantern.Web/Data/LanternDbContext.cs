using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.Model;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Features.Advocacy;
using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Model;
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

        builder.ConfigureAccounts();
        builder.ConfigureCoalition();
        builder.ConfigureAdvocacy();
        builder.ConfigureSurveys();
        builder.ConfigureAudit();
    }
}
