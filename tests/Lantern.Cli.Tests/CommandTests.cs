using Lantern.Testing;
using System.Net;
using System.Net.Sockets;
using Lantern.Cli.Tests.Infrastructure;
using System.Reflection;
using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lantern.Cli.Tests;

/// <summary>
/// The real <c>lantern</c> command line, run as a separate process against a fresh database of each
/// provider: exit codes, what goes to standard output and what to standard error.
/// </summary>
public abstract class CommandTests(CliFixture cli)
{
    private const string Password = "a long test password";

    /// <summary>Every migration the app carries for this provider, in the order they apply.</summary>
    private string[] Migrations =>
    [
        .. typeof(LanternDbContext).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == (cli.Provider == DatabaseProvider.Postgres ? typeof(PostgresLanternDbContext) : typeof(SqliteLanternDbContext)))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal),
    ];

    private static string NewEmail() => $"admin-{Guid.NewGuid():N}@lantern.test";

    private static string NewFileName(string extension) => $"organisations-{Guid.NewGuid():N}{extension}";

    [Fact]
    public async Task Admin_create_reads_the_password_from_stdin_and_admin_token_prints_one_token()
    {
        var email = NewEmail();

        var created = await cli.RunWithInputAsync(Password + "\n", "admin", "create", "--email", email, "--password-stdin");
        created.ExitCode.ShouldBe(0, created.ToString());
        created.Stdout.ShouldContain($"Created {email}", Case.Sensitive, created.ToString());

        var token = await cli.RunAsync("admin", "token", "--email", email);
        token.ExitCode.ShouldBe(0, token.ToString());
        // Scripts capture the token with $(lantern admin token ...): nothing else may be on stdout.
        token.StdoutLines.ShouldHaveSingleItem(token.ToString()).ShouldStartWith("lnt_", Case.Sensitive, token.ToString());
    }

    [Fact]
    public async Task Admin_create_without_password_stdin_and_with_redirected_input_exits_2()
    {
        var result = await cli.RunAsync("admin", "create", "--email", NewEmail());

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stderr.ShouldContain("--password-stdin", Case.Sensitive, result.ToString());
        result.Stdout.ShouldNotContain("Created", Case.Sensitive, result.ToString());
    }

    [Fact]
    public async Task Admin_create_with_a_too_short_password_exits_1_with_Identitys_message_and_creates_nobody()
    {
        var email = NewEmail();

        var result = await cli.RunWithInputAsync("short\n", "admin", "create", "--email", email, "--password-stdin");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain("Passwords must be at least 12 characters.", Case.Sensitive, result.ToString());
        result.Stdout.ShouldNotContain("Created", Case.Sensitive, result.ToString());
        (await cli.RunAsync("admin", "token", "--email", email)).ExitCode.ShouldBe(1, "the account should not exist");
    }

    [Fact]
    public async Task Admin_token_for_an_unknown_email_exits_1()
    {
        var email = NewEmail();

        var result = await cli.RunAsync("admin", "token", "--email", email);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain($"No account with email {email}.", Case.Sensitive, result.ToString());
        result.Stdout.ShouldNotContain("lnt_", Case.Sensitive, result.ToString());
    }

    [Fact]
    public async Task Db_migrate_applies_every_migration_once_and_db_status_lists_them()
    {
        // A database of its own: the class's database may already have been migrated by another test.
        await using var fresh = await TestDatabase.CreateAsync(cli.Provider);
        Task<CliResult> Run(params string[] args) => CliProcess.RunAsync(args, null, fresh.Environment, cli.WorkDirectory);

        var first = await Run("db", "migrate");
        first.ExitCode.ShouldBe(0, first.ToString());
        first.Stdout.ShouldContain($"Applied {Migrations.Length} migration(s): {string.Join(", ", Migrations)}", Case.Sensitive, first.ToString());

        var second = await Run("db", "migrate");
        second.ExitCode.ShouldBe(0, second.ToString());
        second.Stdout.ShouldContain("The schema is up to date.", Case.Sensitive, second.ToString());

        var status = await Run("db", "status");
        status.ExitCode.ShouldBe(0, status.ToString());
        status.Stdout.ShouldContain(cli.Provider == DatabaseProvider.Postgres ? "Provider: Npgsql" : "Provider: Microsoft.EntityFrameworkCore.Sqlite", Case.Sensitive, status.ToString());
        foreach (var migration in Migrations)
        {
            status.Stdout.ShouldContain($"applied  {migration}", Case.Sensitive, status.ToString());
        }

        status.Stdout.ShouldNotContain("pending", Case.Sensitive, status.ToString());
    }

    [Fact]
    public async Task Audit_verify_reports_an_intact_trail_and_names_the_first_removed_record()
    {
        await using var fresh = await TestDatabase.CreateAsync(cli.Provider);
        Task<CliResult> Run(params string[] args) => CliProcess.RunAsync(args, null, fresh.Environment, cli.WorkDirectory);
        (await Run("demo")).ExitCode.ShouldBe(0);

        var intact = await Run("audit", "verify");
        intact.ExitCode.ShouldBe(0, intact.ToString());
        intact.Stdout.ShouldMatch(@"The audit trail is intact: \d+ records, head hash [0-9a-f]{64}\.");

        // Someone with the database's owner rights switches the append-only guard off and removes a record.
        await using (var db = DataSetup.Create(cli.Provider, fresh.ConnectionString))
        {
            await db.Database.ExecuteSqlRawAsync(cli.Provider == DatabaseProvider.Postgres
                ? """ALTER TABLE "AuditRecords" DISABLE TRIGGER USER"""
                : """DROP TRIGGER "AuditRecords_no_delete" """);
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditRecords" WHERE "Id" = 2""");
        }

        var broken = await Run("audit", "verify");
        broken.ExitCode.ShouldBe(1, broken.ToString());
        broken.Stderr.ShouldContain("record 2 is missing (the next is 3)", Case.Sensitive, broken.ToString());
    }

    [Fact]
    public async Task Demo_then_export_writes_a_csv_with_the_demo_coalition()
    {
        var file = NewFileName(".csv");

        var demo = await cli.RunAsync("demo");
        demo.ExitCode.ShouldBe(0, demo.ToString());
        demo.Stdout.ShouldContain("Lanternia (fictional)", Case.Sensitive, demo.ToString());

        var export = await cli.RunAsync("export", "--out", file);
        export.ExitCode.ShouldBe(0, export.ToString());
        export.Stdout.ShouldContain(cli.PathOf(file), Case.Sensitive, export.ToString());

        var lines = await File.ReadAllLinesAsync(cli.PathOf(file));
        lines[0].ShouldStartWith("organisation,organisation_type", Case.Sensitive);
        lines.Length.ShouldBeGreaterThan(16, "one row per demo service");
        string.Join('\n', lines).ShouldContain("Lanternia (fictional)", Case.Sensitive);
    }

    [Theory]
    [InlineData(".json")]
    [InlineData(".txt")]
    public async Task Export_to_a_file_that_is_neither_csv_nor_xlsx_exits_2_and_writes_nothing(string extension)
    {
        var file = NewFileName(extension);

        var result = await cli.RunAsync("export", "--out", file);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stderr.ShouldContain("must end in .csv or .xlsx", Case.Sensitive, result.ToString());
        File.Exists(cli.PathOf(file)).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_with_a_bad_cell_exits_1_names_the_row_and_column_and_imports_nothing()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var good = $"Good Shelter {suffix} (cli test)";
        var bad = $"Bad Shelter {suffix} (cli test)";
        var file = NewFileName(".csv");
        await File.WriteAllTextAsync(cli.PathOf(file), $"organisation,organisation_type\n{good},ngo\n{bad},spaceship\n");

        var result = await cli.RunAsync("import", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain("Nothing was imported", Case.Sensitive, result.ToString());
        result.Stderr.ShouldContain($"{file}: row 3, column organisation_type:", Case.Sensitive, result.ToString());
        result.Stdout.ShouldNotContain("Imported", Case.Sensitive, result.ToString());

        // All or nothing: the good row before the bad one was not written either.
        var exported = NewFileName(".csv");
        (await cli.RunAsync("export", "--out", exported)).ExitCode.ShouldBe(0);
        var content = await File.ReadAllTextAsync(cli.PathOf(exported));
        content.ShouldNotContain(good, Case.Sensitive);
        content.ShouldNotContain(bad, Case.Sensitive);
    }

    [Fact]
    public async Task Import_of_a_file_over_a_limit_exits_1_naming_the_limit_and_the_cell()
    {
        var file = NewFileName(".csv");
        await File.WriteAllTextAsync(cli.PathOf(file), $"organisation,organisation_type\n{new string('x', 40_000)},ngo\n");

        var result = await cli.RunAsync("import", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain($"{file}: row 2, column A: the cell is longer than 32,767 characters, the limit for one cell.", Case.Sensitive, result.ToString());
    }

    [Fact]
    public async Task Importing_an_export_adds_nothing_new()
    {
        var file = NewFileName(".csv");
        (await cli.RunAsync("demo")).ExitCode.ShouldBe(0);
        (await cli.RunAsync("export", "--out", file)).ExitCode.ShouldBe(0);

        var result = await cli.RunAsync("import", file);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldContain("Imported 0 new and", Case.Sensitive, result.ToString());
        result.Stdout.ShouldContain(" 0 new services", Case.Sensitive, result.ToString());
    }

    [Fact]
    public async Task Serve_answers_health_over_real_http()
    {
        var port = FreePort();
        await using var server = cli.Start("serve", "--urls", $"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };

        // A cold start on a loaded two-core machine has taken more than 30 s.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpResponseMessage? response = null;
        while (response?.StatusCode != HttpStatusCode.OK)
        {
            server.HasExited.ShouldBeFalse($"lantern serve exited early:{Environment.NewLine}{server.Output}");
            (DateTime.UtcNow < deadline).ShouldBeTrue(
                $"GET /health did not answer 200 within 60 s (last: {response?.StatusCode.ToString() ?? "no answer"}).{Environment.NewLine}{server.Output}");
            response?.Dispose();
            response = null;
            try
            {
                response = await http.GetAsync(new Uri("health", UriKind.Relative));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still starting up (the first request waits on the cold start).
            }

            if (response?.StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }

        using (response)
        {
            (await response.Content.ReadAsStringAsync()).ShouldContain("healthy");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class CommandTestsOnSqlite(SqliteCli cli) : CommandTests(cli), IClassFixture<SqliteCli>;

public sealed class CommandTestsOnPostgres(PostgresCli cli) : CommandTests(cli), IClassFixture<PostgresCli>;
