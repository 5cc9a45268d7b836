using Lantern.Cli.Tests.Infrastructure;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Cli.Tests;

/// <summary>Issue 14, finding 3: taking people off the system from the server's shell.</summary>
public abstract class AdminAccountCommandTests(CliFixture cli)
{
    private const string Password = "a long test password";

    private async Task<string> CreateAsync()
    {
        var email = $"person-{Guid.NewGuid():N}@lantern.test";
        var created = await cli.RunWithInputAsync(Password + "\n", "admin", "create", "--email", email, "--role", "Viewer", "--password-stdin");
        created.ExitCode.ShouldBe(0, created.ToString());
        return email;
    }

    private async Task<T> Db<T>(Func<LanternDbContext, Task<T>> query)
    {
        await using var db = DataSetup.Create(cli.Provider, cli.Database.ConnectionString);
        return await query(db);
    }

    [Fact]
    public async Task Disable_and_enable_switch_an_account_off_and_on_and_are_recorded_as_done_from_the_command_line()
    {
        var email = await CreateAsync();

        var disabled = await cli.RunAsync("admin", "disable", "--email", email);
        disabled.ExitCode.ShouldBe(0, disabled.ToString());
        disabled.Stdout.ShouldContain($"Deactivated {email}.", Case.Sensitive, disabled.ToString());
        var user = await Db(db => db.Users.SingleAsync(u => u.Email == email));
        user.DeactivatedAt.ShouldNotBeNull();

        var enabled = await cli.RunAsync("admin", "enable", "--email", email);
        enabled.ExitCode.ShouldBe(0, enabled.ToString());
        (await Db(db => db.Users.SingleAsync(u => u.Email == email))).DeactivatedAt.ShouldBeNull();

        var trail = await Db(db => db.Set<AuditRecord>().Where(r => r.EntityType == "User" && r.EntityId == user.Id && r.Action == AuditAction.Update).ToListAsync());
        trail.Where(r => r.Channel == AuditChannel.Cli).Select(r => r.Fields).ShouldBe(["DeactivatedAt,SecurityStamp", "DeactivatedAt"]);
    }

    [Fact]
    public async Task Revoke_tokens_revokes_every_token_of_the_account()
    {
        var email = await CreateAsync();
        (await cli.RunAsync("admin", "token", "--email", email)).ExitCode.ShouldBe(0);
        (await cli.RunAsync("admin", "token", "--email", email)).ExitCode.ShouldBe(0);

        var revoked = await cli.RunAsync("admin", "revoke-tokens", "--email", email);

        revoked.ExitCode.ShouldBe(0, revoked.ToString());
        var tokens = await Db(db => db.ApiTokens.Where(t => t.UserId == db.Users.Single(u => u.Email == email).Id).ToListAsync());
        tokens.Count.ShouldBe(2);
        tokens.ShouldAllBe(t => t.RevokedAt != null);
    }

    [Fact]
    public async Task Reset_password_reads_the_new_one_from_stdin_and_refuses_a_repetitive_one()
    {
        var email = await CreateAsync();
        var before = (await Db(db => db.Users.SingleAsync(u => u.Email == email))).PasswordHash;

        var refused = await cli.RunWithInputAsync("aaaaaaaaaaaa\n", "admin", "reset-password", "--email", email, "--password-stdin");
        refused.ExitCode.ShouldBe(1, refused.ToString());
        refused.Stderr.ShouldContain("repeats itself", Case.Sensitive, refused.ToString());

        var reset = await cli.RunWithInputAsync("a new passphrase for them\n", "admin", "reset-password", "--email", email, "--password-stdin");
        reset.ExitCode.ShouldBe(0, reset.ToString());
        reset.Stdout.ShouldContain($"Password reset for {email}.", Case.Sensitive, reset.ToString());
        reset.Stdout.ShouldNotContain("a new passphrase", Case.Sensitive);
        (await Db(db => db.Users.SingleAsync(u => u.Email == email))).PasswordHash.ShouldNotBe(before);
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("revoke-tokens")]
    [InlineData("reset-two-factor")]
    public async Task An_unknown_email_exits_1(string command)
    {
        var result = await cli.RunAsync("admin", command, "--email", "nobody@lantern.test");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain("No account with email nobody@lantern.test.", Case.Sensitive, result.ToString());
    }
}

public sealed class AdminAccountCommandTestsOnSqlite(SqliteCli cli) : AdminAccountCommandTests(cli), IClassFixture<SqliteCli>;

public sealed class AdminAccountCommandTestsOnPostgres(PostgresCli cli) : AdminAccountCommandTests(cli), IClassFixture<PostgresCli>;
