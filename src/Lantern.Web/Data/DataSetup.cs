using Lantern.Web.Features.Coalition;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
        // Read when the context is first built, so settings added after this call (a test host's) apply.
        builder.Services.AddDbContext<LanternDbContext>((services, options) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            Configure(options, configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite), configuration.GetConnectionString("Lantern"));
        });
        return builder;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString)
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

        // Migrations are hand-written and ship without a model snapshot, so EF cannot compare the
        // two; the schema is checked against the model by a test on both providers instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Applies pending migrations and seeds the reference data; safe to run on every start.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        await MigrateAsync(db, cancellationToken);
        await ServiceCatalogue.SeedAsync(db, cancellationToken);
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    }

    public static async Task<IReadOnlyList<string>> MigrateAsync(LanternDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            PrepareSqliteFile(db.Database.GetConnectionString()!);
        }

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

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Enum.GetNames<Role>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
