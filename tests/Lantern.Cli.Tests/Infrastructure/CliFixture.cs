using Lantern.Testing;
using Lantern.Web.Data;

namespace Lantern.Cli.Tests.Infrastructure;

/// <summary>
/// One test class's setting: a fresh database of one provider and a temporary working directory,
/// with shortcuts that run <c>lantern</c> against both.
/// </summary>
public abstract class CliFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;
    private string? workDirectory;

    public DatabaseProvider Provider => provider;

    public TestDatabase Database => database ?? throw new InvalidOperationException("The database has not been created.");

    /// <summary>The CLI's current directory: relative file names in arguments resolve here.</summary>
    public string WorkDirectory => workDirectory ?? throw new InvalidOperationException("The working directory has not been created.");

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        workDirectory = Directory.CreateTempSubdirectory("lantern-cli-test-").FullName;
    }

    public Task<CliResult> RunAsync(params string[] args) =>
        CliProcess.RunAsync(args, null, Database.Environment, WorkDirectory);

    public Task<CliResult> RunWithInputAsync(string stdin, params string[] args) =>
        CliProcess.RunAsync(args, stdin, Database.Environment, WorkDirectory);

    public RunningCli Start(params string[] args) => CliProcess.Start(args, Database.Environment, WorkDirectory);

    /// <summary>The full path of a file in <see cref="WorkDirectory"/>.</summary>
    public string PathOf(string fileName) => Path.Combine(WorkDirectory, fileName);

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (workDirectory is not null)
        {
            Directory.Delete(workDirectory, recursive: true);
        }
    }
}

public sealed class SqliteCli() : CliFixture(DatabaseProvider.Sqlite);

public sealed class PostgresCli() : CliFixture(DatabaseProvider.Postgres);
