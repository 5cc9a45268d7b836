using System.IO.Compression;
using Lantern.Testing;
using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Data;

/// <summary>
/// A database built by the release with hand-written migrations (see <c>Data/Legacy/README.md</c>)
/// upgrades in place: it adopts the generated baseline, keeps every row, and ends with the schema a
/// new database gets.
/// </summary>
public abstract class LegacyUpgradeTests(DatabaseProvider provider)
{
    private static readonly string[] LegacyTables =
        ["AspNetUsers", "AspNetRoles", "AspNetUserRoles", "ApiTokens", "Organisations", "Services", "Areas", "SubServices",
         "Campaigns", "CampaignMembers", "CampaignObjectives", "Surveys", "SurveyItems", "SurveyWaves", "SurveyResponses"];

    [Fact]
    public async Task A_database_from_hand_written_migrations_upgrades_in_place_and_keeps_its_data()
    {
        await using var legacy = await TestDatabase.CreateAsync(provider);
        await LoadDumpAsync(legacy.ConnectionString);
        var before = await CountRowsAsync(legacy.ConnectionString);

        IReadOnlyList<string> applied;
        await using (var db = DataSetup.Create(provider, legacy.ConnectionString))
        {
            await DataSetup.MigrateAsync(db);
            applied = [.. await db.Database.GetAppliedMigrationsAsync()];
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();

            // EF reads the old rows through the current model.
            (await db.Set<Lantern.Web.Features.Advocacy.Model.Campaign>().SingleAsync()).Name.ShouldBe("Legacy campaign");
            (await db.Users.SingleAsync()).Email.ShouldBe("legacy.coordinator@example.org");
        }

        applied.ShouldNotContain("0001_Initial");
        applied.ShouldContain(id => id.EndsWith("_Baseline", StringComparison.Ordinal));
        (await CountRowsAsync(legacy.ConnectionString)).ShouldBe(before);
        before["Organisations"].ShouldBeGreaterThan(0);
        before["SurveyResponses"].ShouldBeGreaterThan(0);

        await using var fresh = await TestDatabase.CreateAsync(provider);
        await using (var db = DataSetup.Create(provider, fresh.ConnectionString))
        {
            await DataSetup.MigrateAsync(db);
        }

        var upgradedSchema = await SchemaDescription.ReadAsync(provider, legacy.ConnectionString);
        var freshSchema = await SchemaDescription.ReadAsync(provider, fresh.ConnectionString);
        upgradedSchema.ShouldBe(freshSchema);
    }

    [Fact]
    public async Task A_database_with_only_part_of_the_hand_written_history_is_refused_untouched()
    {
        await using var legacy = await TestDatabase.CreateAsync(provider);
        await LoadDumpAsync(legacy.ConnectionString);
        await ExecuteAsync(legacy.ConnectionString, "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '0003_Surveys'");

        await using var db = DataSetup.Create(provider, legacy.ConnectionString);
        var error = await Should.ThrowAsync<InvalidOperationException>(() => DataSetup.MigrateAsync(db));

        error.Message.ShouldContain("0001_Initial, 0002_Advocacy");
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(["0001_Initial", "0002_Advocacy"]);
    }

    private async Task LoadDumpAsync(string connectionString)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Data", "Legacy", $"legacy-{(provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres")}.sql.gz");
        await using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        await ExecuteAsync(connectionString, await reader.ReadToEndAsync());
    }

    private async Task<Dictionary<string, long>> CountRowsAsync(string connectionString)
    {
        await using var connection = await SchemaDescription.OpenAsync(provider, connectionString);
        var counts = new Dictionary<string, long>();
        foreach (var table in LegacyTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = await SchemaDescription.OpenAsync(provider, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class LegacyUpgradeTestsOnSqlite() : LegacyUpgradeTests(DatabaseProvider.Sqlite);

public sealed class LegacyUpgradeTestsOnPostgres() : LegacyUpgradeTests(DatabaseProvider.Postgres);
