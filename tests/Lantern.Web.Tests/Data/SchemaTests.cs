using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Data;

public abstract class SchemaTests(LanternFactory app)
{
    [Fact]
    public async Task The_migrations_describe_the_whole_model()
    {
        // The same check as `dotnet ef migrations has-pending-model-changes`, on this provider's context.
        (await app.Db(db => Task.FromResult(db.Database.HasPendingModelChanges()))).ShouldBeFalse();
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_history()
    {
        var (pendingAfterStart, appliedNow, history) = await app.Db(async db =>
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            var applied = await DataSetup.MigrateAsync(db);
            var all = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            return (pending, applied, all);
        });

        pendingAfterStart.ShouldBeEmpty();
        appliedNow.ShouldBeEmpty();
        history.ShouldContain(id => id.EndsWith("_Baseline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reference_data_is_seeded_once_however_often_the_app_starts()
    {
        await DataSetup.MigrateAndSeedAsync(app.Services);
        await DataSetup.MigrateAndSeedAsync(app.Services);

        var (subServices, roles) = await app.Db(async db => (await db.SubServices.CountAsync(), await db.Roles.CountAsync()));
        subServices.ShouldBe(Lantern.Web.Features.Coalition.Model.ServiceCatalogue.Entries.Count);
        roles.ShouldBe(Enum.GetValues<Lantern.Web.Infrastructure.Auth.Role>().Length);
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await app.Anonymous().GetAsync("/health");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("healthy");
    }
}

public sealed class SchemaTestsOnSqlite(SqliteApp app) : SchemaTests(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Sqlite_runs_in_write_ahead_log_mode()
    {
        var mode = await app.Db(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        mode.Single().ShouldBe("wal");
    }
}

public sealed class SchemaTestsOnPostgres(PostgresApp app) : SchemaTests(app), IClassFixture<PostgresApp>;
