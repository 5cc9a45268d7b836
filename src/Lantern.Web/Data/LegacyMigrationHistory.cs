using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lantern.Web.Data;

/// <summary>
/// Databases created before the migrations were generated carry the ids of three hand-written
/// migrations. Their schema is the one the generated baseline creates, so such a database adopts
/// the baseline in its history instead of running it, and later migrations apply as usual.
/// </summary>
internal static class LegacyMigrationHistory
{
    private static readonly string[] HandWritten = ["0001_Initial", "0002_Advocacy", "0003_Surveys"];

    public static async Task AdoptAsync(LanternDbContext db, CancellationToken cancellationToken)
    {
        var repository = db.GetService<IHistoryRepository>();
        if (!await repository.ExistsAsync(cancellationToken))
        {
            return;
        }

        var applied = (await repository.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToHashSet();
        var legacy = HandWritten.Where(applied.Contains).ToList();
        if (legacy.Count == 0)
        {
            return;
        }

        if (legacy.Count != HandWritten.Length)
        {
            throw new InvalidOperationException(
                $"This database was created by an early Lantern release (migrations {string.Join(", ", legacy)}). " +
                "Upgrade it with a release from before generated migrations first, or export its data and import it into a new database.");
        }

        var baseline = db.GetService<IMigrationsAssembly>().Migrations.Keys.First();
        var sql = new List<string>();
        foreach (var id in HandWritten)
        {
            sql.Add(repository.GetDeleteScript(id));
        }

        sql.Add(repository.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var statement in sql)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
