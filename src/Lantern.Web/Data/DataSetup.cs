using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DataSetup
{
    public const string DefaultSqliteConnection = "Data Source=data/lantern.db";

    public static WebApplicationBuilder AddLanternData(this WebApplicationBuilder builder)
    {
        builder.Services.AddLanternData();
        return builder;
    }

    /// <summary>
    /// Registers <see cref="LanternDbContext"/> as the context of the configured provider. Settings are
    /// read when a context is first built, so settings added after this call (a test host's) apply.
    /// </summary>
    public static IServiceCollection AddLanternData(this IServiceCollection services)
    {
        services.AddLanternAudit();
        services.AddDbContext<SqliteLanternDbContext>((provider, options) => Configure(options, DatabaseProvider.Sqlite, ConnectionString(provider))
            .AddInterceptors(provider.GetRequiredService<AuditInterceptor>()));
        services.AddDbContext<PostgresLanternDbContext>((provider, options) => Configure(options, DatabaseProvider.Postgres, ConnectionString(provider))
            .AddInterceptors(provider.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<LanternDbContext>(provider => ProviderOf(provider) == DatabaseProvider.Postgres
            ? provider.GetRequiredService<PostgresLanternDbContext>()
            : provider.GetRequiredService<SqliteLanternDbContext>());
        return services;
    }

    /// <summary>A context outside dependency injection (benchmarks, tools).</summary>
    public static LanternDbContext Create(DatabaseProvider provider, string? connectionString) =>
        provider == DatabaseProvider.Postgres
            ? new PostgresLanternDbContext(Options<PostgresLanternDbContext>(provider, connectionString))
            : new SqliteLanternDbContext(Options<SqliteLanternDbContext>(provider, connectionString));

    public static DbContextOptions<TContext> Options<TContext>(DatabaseProvider provider, string? connectionString)
        where TContext : LanternDbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        Configure(options, provider, connectionString);
        return options.Options;
    }

    private static DatabaseProvider ProviderOf(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue("Database:Provider", DatabaseProvider.Sqlite);

    private static string? ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("Lantern");

    private static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Lantern is empty. Set ConnectionStrings__Lantern, e.g. \"Host=localhost;Database=lantern;Username=lantern;Password=...\".");
            }

            options.UseNpgsql(connectionString);
        }
        else
        {
            options.UseSqlite(connectionString ?? DefaultSqliteConnection);
        }

        return options;
    }

    /// <summary>Applies pending migrations and seeds the reference data; safe to run on every start.</summary>
    /// <returns>The migrations this call applied.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var applied = await MigrateAsync(db, cancellationToken);
        await ServiceCatalogue.SeedAsync(db, cancellationToken);
        await EnsureRolesAsync(db, cancellationToken);
        KeyRing.EnsureCurrentKey(scope.ServiceProvider);
        return applied;
    }

    public static async Task<IReadOnlyList<string>> MigrateAsync(LanternDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            PrepareSqliteFile(db.Database.GetConnectionString()!);
        }

        await LegacyMigrationHistory.AdoptAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }

    private static void PrepareSqliteFile(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>One Identity role per <see cref="Role"/>, named as Identity's role manager would name it.</summary>
    private static async Task EnsureRolesAsync(LanternDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Enum.GetNames<Role>().Except(existing))
        {
            db.Roles.Add(new IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
