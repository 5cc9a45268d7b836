using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lantern.Web.Data;

// EF Core generates SQL for one provider per migration, so SQLite and PostgreSQL each keep their
// own migrations and model snapshot. The documented way to do that with the context inside the
// web project (which a separate migrations assembly could not reference back without a cycle) is
// one context type per provider, each owning the migrations in its namespace.

/// <summary>The model on SQLite; its migrations live in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteLanternDbContext(DbContextOptions<SqliteLanternDbContext> options) : LanternDbContext(options);

/// <summary>The model on PostgreSQL; its migrations live in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresLanternDbContext(DbContextOptions<PostgresLanternDbContext> options) : LanternDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLanternDbContext>
{
    public SqliteLanternDbContext CreateDbContext(string[] args) =>
        new(DataSetup.Options<SqliteLanternDbContext>(DatabaseProvider.Sqlite, DataSetup.DefaultSqliteConnection));
}

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL context. Generating a migration needs no server; the
/// connection string only has to be well formed.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLanternDbContext>
{
    public PostgresLanternDbContext CreateDbContext(string[] args) =>
        new(DataSetup.Options<PostgresLanternDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=lantern_design"));
}
