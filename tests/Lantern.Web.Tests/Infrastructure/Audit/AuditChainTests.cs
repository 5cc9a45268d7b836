using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Infrastructure.Audit;

/// <summary>
/// Someone with direct access to the database switches the append-only triggers off and edits the
/// trail; the hash chain names the first record that no longer follows. Each test gets its own database.
/// </summary>
public abstract class AuditChainTests(DatabaseProvider provider)
{
    [Fact]
    public Task A_deleted_record_breaks_the_chain_at_its_place() => WithTrailAsync(async app =>
    {
        await TamperAsync(app, """DELETE FROM "AuditRecords" WHERE "Id" = 3""");

        var result = await app.Db(db => AuditChain.VerifyAsync(db));
        result.Intact.ShouldBeFalse();
        result.BrokenAt.ShouldBe(3);
        result.Problem.ShouldBe("record 3 is missing (the next is 4)");
        result.Count.ShouldBe(2);
    });

    [Fact]
    public Task An_altered_record_breaks_the_chain_at_its_place() => WithTrailAsync(async app =>
    {
        await TamperAsync(app, """UPDATE "AuditRecords" SET "UserId" = 'someone-else' WHERE "Id" = 4""");

        var result = await app.Db(db => AuditChain.VerifyAsync(db));
        result.BrokenAt.ShouldBe(4);
        result.Problem.ShouldBe("record 4 was altered after it was written");
    });

    [Fact]
    public Task A_record_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next() => WithTrailAsync(async app =>
    {
        var forged = await app.Db(async db =>
        {
            var record = await db.Set<AuditRecord>().AsNoTracking().SingleAsync(r => r.Id == 4);
            record.Detail = "forged";
            return AuditChain.HashOf(record);
        });
        await TamperAsync(app, $"""UPDATE "AuditRecords" SET "Detail" = 'forged', "Hash" = '{forged}' WHERE "Id" = 4""");

        var result = await app.Db(db => AuditChain.VerifyAsync(db));
        result.BrokenAt.ShouldBe(5);
        result.Problem.ShouldBe("record 5 does not follow the record before it");
    });

    /// <summary>A new app and database whose trail holds a few intact records, for one test to tamper with.</summary>
    private async Task WithTrailAsync(Func<LanternFactory, Task> test)
    {
        LanternFactory app = provider == DatabaseProvider.Sqlite ? new SqliteApp() : new PostgresApp();
        var lifetime = (IAsyncLifetime)app;
        await lifetime.InitializeAsync();
        try
        {
            foreach (var role in new[] { Role.Viewer, Role.Analyst, Role.Researcher })
            {
                await app.EnsureUser(role);
            }

            (await app.Db(db => AuditChain.VerifyAsync(db))).Intact.ShouldBeTrue();
            (await app.Db(db => db.Set<AuditRecord>().CountAsync())).ShouldBeGreaterThan(5);
            await test(app);
        }
        finally
        {
            await lifetime.DisposeAsync();
        }
    }

    private Task<int> TamperAsync(LanternFactory app, string sql) => app.Db(async db =>
    {
        var disable = provider == DatabaseProvider.Sqlite
            ? """DROP TRIGGER "AuditRecords_no_update"; DROP TRIGGER "AuditRecords_no_delete";"""
            : """ALTER TABLE "AuditRecords" DISABLE TRIGGER USER;""";
#pragma warning disable EF1002 // fixed statements written in this test
        await db.Database.ExecuteSqlRawAsync(disable);
        return await db.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
    });
}

public sealed class AuditChainTestsOnSqlite() : AuditChainTests(DatabaseProvider.Sqlite);

public sealed class AuditChainTestsOnPostgres() : AuditChainTests(DatabaseProvider.Postgres);
