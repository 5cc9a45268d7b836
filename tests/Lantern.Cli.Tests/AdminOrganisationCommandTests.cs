using Lantern.Cli.Tests.Infrastructure;
using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Cli.Tests;

/// <summary>Putting people in an organisation of the service map from the server's shell, by the organisation's name.</summary>
public abstract class AdminOrganisationCommandTests(CliFixture cli)
{
    private const string Password = "a long test password";

    private async Task<T> Db<T>(Func<LanternDbContext, Task<T>> query)
    {
        await using var db = DataSetup.Create(cli.Provider, cli.Database.ConnectionString);
        return await query(db);
    }

    /// <summary>An organisation in the service map, after the CLI has created the schema; answers its id and name.</summary>
    private async Task<(int Id, string Name)> NewOrganisationAsync()
    {
        (await cli.RunAsync("db", "migrate")).ExitCode.ShouldBe(0);
        var name = $"Casa Aurora {Guid.NewGuid():N}";
        var id = await Db(async db =>
        {
            var organisation = new Organisation { Name = name, NormalizedName = NameKey.Of(name), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
        return (id, name);
    }

    private Task<CliResult> CreateAsync(string email, params string[] extra) =>
        cli.RunWithInputAsync(Password + "\n", ["admin", "create", "--email", email, "--role", "Frontline", "--password-stdin", .. extra]);

    private Task<int?> OrganisationOfAsync(string email) => Db(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync());

    [Fact]
    public async Task Create_puts_the_person_in_the_organisation_named_whatever_its_case()
    {
        var (id, name) = await NewOrganisationAsync();
        var email = $"frontline-{Guid.NewGuid():N}@lantern.test";

        var created = await CreateAsync(email, "--organisation", name.ToLowerInvariant());

        created.ExitCode.ShouldBe(0, created.ToString());
        (await OrganisationOfAsync(email)).ShouldBe(id);
    }

    [Fact]
    public async Task Create_with_an_unknown_organisation_exits_1_naming_it_and_creates_nobody()
    {
        var email = $"frontline-{Guid.NewGuid():N}@lantern.test";

        var refused = await CreateAsync(email, "--organisation", "Nowhere House");

        refused.ExitCode.ShouldBe(1, refused.ToString());
        refused.Stderr.ShouldContain("No organisation named \"Nowhere House\" in the service map", Case.Sensitive, refused.ToString());
        (await Db(db => db.Users.AnyAsync(u => u.Email == email))).ShouldBeFalse();
    }

    [Fact]
    public async Task Set_organisation_moves_a_person_in_and_none_takes_them_out_recorded_as_done_from_the_command_line()
    {
        var (id, name) = await NewOrganisationAsync();
        var email = $"frontline-{Guid.NewGuid():N}@lantern.test";
        (await CreateAsync(email)).ExitCode.ShouldBe(0);

        var set = await cli.RunAsync("admin", "set-organisation", "--email", email, "--organisation", name);
        set.ExitCode.ShouldBe(0, set.ToString());
        set.Stdout.ShouldContain($"Organisation set for {email}.", Case.Sensitive, set.ToString());
        (await OrganisationOfAsync(email)).ShouldBe(id);

        var unknown = await cli.RunAsync("admin", "set-organisation", "--email", email, "--organisation", "Nowhere House");
        unknown.ExitCode.ShouldBe(1, unknown.ToString());
        (await OrganisationOfAsync(email)).ShouldBe(id);

        var cleared = await cli.RunAsync("admin", "set-organisation", "--email", email, "--none");
        cleared.ExitCode.ShouldBe(0, cleared.ToString());
        (await OrganisationOfAsync(email)).ShouldBeNull();

        var userId = await Db(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var trail = await Db(db => db.Set<AuditRecord>().Where(r => r.EntityType == "User" && r.EntityId == userId && r.Action == AuditAction.Update).ToListAsync());
        trail.Where(r => r.Channel == AuditChannel.Cli).Select(r => r.Fields).ShouldBe(["OrganisationId", "OrganisationId"]);
    }

    [Theory]
    [InlineData]
    [InlineData("--organisation", "Casa Aurora", "--none")]
    public async Task Set_organisation_wants_exactly_one_of_a_name_or_none(params string[] choice)
    {
        var result = await cli.RunAsync(["admin", "set-organisation", "--email", "nobody@lantern.test", .. choice]);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain("Give either --organisation NAME or --none.", Case.Sensitive, result.ToString());
    }
}

public sealed class AdminOrganisationCommandTestsOnSqlite(SqliteCli cli) : AdminOrganisationCommandTests(cli), IClassFixture<SqliteCli>;

public sealed class AdminOrganisationCommandTestsOnPostgres(PostgresCli cli) : AdminOrganisationCommandTests(cli), IClassFixture<PostgresCli>;
