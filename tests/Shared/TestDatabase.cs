using Lantern.Web.Data;
using Npgsql;

namespace Lantern.Testing;

/// <summary>
/// A fresh, empty database for one test class: a temporary SQLite file or a new PostgreSQL
/// database on the server LANTERN_TEST_POSTGRES names. Shared by the test projects (linked source).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFile;
    private readonly string? postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The settings that point a <c>lantern</c> process at this database, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Database__Provider"] = Provider.ToString(),
        ["ConnectionStrings__Lantern"] = ConnectionString,
    };

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"lantern-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file}", file, null);
        }

        var name = $"lantern_cli_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ServerConnectionString()))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    public static string ServerConnectionString() =>
        System.Environment.GetEnvironmentVariable("LANTERN_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "LANTERN_TEST_POSTGRES is not set. Run the tests with ./test.sh, which starts a PostgreSQL server for them, " +
                "or point LANTERN_TEST_POSTGRES at one (e.g. \"Host=127.0.0.1;Username=postgres\").");

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(sqliteFile + suffix);
            }
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ServerConnectionString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
