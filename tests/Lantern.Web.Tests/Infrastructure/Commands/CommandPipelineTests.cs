using System.Security.Claims;
using System.Text;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.Commands;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Features.Admin.Commands;
using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Spreadsheets;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure.Commands;

/// <summary>
/// The one write path: every command declares a permission, is refused (and the refusal recorded)
/// for a caller without it, and leaves audit records in the transaction of its change.
/// </summary>
public abstract partial class CommandPipelineTests(LanternFactory app)
{
    /// <summary>A valid instance of each command, made against the test's data; every command type must have one.</summary>
    private static readonly Dictionary<Type, Func<LanternFactory, Task<object>>> Samples = new(SurveySamples.Concat(AdvocacySamples()))
    {
        [typeof(CreateArea)] = _ => Task.FromResult<object>(new CreateArea(new AreaInput { Name = $"Area {Guid.NewGuid():N}" })),
        [typeof(CreateOrganisation)] = _ => Task.FromResult<object>(new CreateOrganisation(new OrganisationInput { Name = $"Org {Guid.NewGuid():N}" })),
        [typeof(UpdateOrganisation)] = async app => new UpdateOrganisation(await NewOrganisationAsync(app), new OrganisationInput { Name = $"Renamed {Guid.NewGuid():N}" }),
        [typeof(DeleteOrganisation)] = async app => new DeleteOrganisation(await NewOrganisationAsync(app)),
        [typeof(AddService)] = async app => new AddService(await NewOrganisationAsync(app), await ServiceInputAsync(app)),
        [typeof(UpdateService)] = async app => new UpdateService(await NewServiceAsync(app), await ServiceInputAsync(app)),
        [typeof(DeleteService)] = async app => new DeleteService(await NewServiceAsync(app)),
        [typeof(ImportOrganisations)] = _ => Task.FromResult<object>(new ImportOrganisations(
            Encoding.UTF8.GetBytes($"organisation,organisation_type\nImported {Guid.NewGuid():N},ngo\n"), TableFormat.Csv)),

        [typeof(CreateUser)] = async app => new CreateUser($"new-{Guid.NewGuid():N}@lantern.test", LanternFactory.Password, Role.Frontline, "New person", await NewOrganisationAsync(app)),
        [typeof(SetUserOrganisation)] = async app => new SetUserOrganisation(await NewUserIdAsync(app), await NewOrganisationAsync(app)),
        [typeof(SetUserRole)] = async app => new SetUserRole(await NewUserIdAsync(app), Role.Analyst),
        [typeof(DeactivateUser)] = async app => new DeactivateUser(await NewUserIdAsync(app)),
        [typeof(ReactivateUser)] = async app =>
        {
            var userId = await NewUserIdAsync(app);
            await app.WithScope(services => services.GetRequiredService<CommandRunner>().RunAsync(new DeactivateUser(userId)));
            return new ReactivateUser(userId);
        },
        [typeof(ResetUserPassword)] = async app => new ResetUserPassword(await NewUserIdAsync(app), "another long passphrase 42"),
        [typeof(ResetUserTwoFactor)] = async app => new ResetUserTwoFactor(await app.UserIdAsync(await app.NewUserAsync(Role.Coordinator, twoFactors: true))),
        [typeof(SetTwoFactorRoles)] = async app => new SetTwoFactorRoles(await FlippedTwoFactorRolesAsync(app)),
        [typeof(IssueApiToken)] = async app => new IssueApiToken(await NewUserIdAsync(app), "sample"),
        [typeof(RevokeApiToken)] = async app =>
        {
            var (userId, tokenId) = await NewTokenAsync(app);
            return new RevokeApiToken(userId, tokenId);
        },
        [typeof(ChangePassword)] = async app => new ChangePassword(await NewUserIdAsync(app), LanternFactory.Password, "another long passphrase 42"),
        [typeof(PrepareAuthenticatorKey)] = async app => new PrepareAuthenticatorKey(await NewUserIdAsync(app)),
        [typeof(EnableTwoFactor)] = async app =>
        {
            var userId = await NewUserIdAsync(app);
            var key = await app.WithScope(async services => (await services.GetRequiredService<CommandRunner>().RunAsync(new PrepareAuthenticatorKey(userId))).Value!);
            return new EnableTwoFactor(userId, TwoFactorCodes.CodeNow(key));
        },
        [typeof(RenewRecoveryCodes)] = async app => new RenewRecoveryCodes(await app.UserIdAsync(await app.NewUserAsync(Role.Viewer, twoFactors: true))),
        [typeof(TurnOffTwoFactor)] = async app => new TurnOffTwoFactor(await app.UserIdAsync(await app.NewUserAsync(Role.Viewer, twoFactors: true))),
        [typeof(RevokeUserTokens)] = async app => new RevokeUserTokens((await NewTokenAsync(app)).UserId),
    };

    [Fact]
    public void Every_command_declares_the_permission_it_needs_and_has_a_handler_and_a_sample()
    {
        CommandCatalogue.CommandTypes.ShouldNotBeEmpty();
        foreach (var type in CommandCatalogue.CommandTypes)
        {
            Should.NotThrow(() => CommandCatalogue.PermissionOf(type), type.Name);
            var result = CommandCatalogue.ResultOf(type)!;
            app.Services.CreateScope().ServiceProvider.GetService(typeof(ICommandHandler<,>).MakeGenericType(type, result)).ShouldNotBeNull($"{type.Name} has no handler");
            Samples.ShouldContainKey(type, $"{type.Name} has no sample in this test: add one so the walk below covers it");
        }
    }

    [Fact]
    public async Task Every_command_writes_audit_records_in_its_own_transaction()
    {
        foreach (var type in CommandCatalogue.CommandTypes)
        {
            var command = await Samples[type](app);
            var before = await NewestAuditIdAsync();

            var succeeded = await RunAsync(command, user: null);

            succeeded.ShouldBeTrue($"{type.Name} failed on its sample");
            var records = await app.Db(db => db.Set<AuditRecord>().Where(r => r.Id > before).ToListAsync());
            records.ShouldNotBeEmpty($"{type.Name} changed data without an audit record");
            records.ShouldAllBe(r => r.Channel == AuditChannel.System);
        }
    }

    [Fact]
    public async Task A_command_refuses_a_caller_without_its_permission_whoever_calls_it_and_records_the_refusal()
    {
        var viewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "viewer-id"), new Claim(ClaimTypes.Role, nameof(Role.Viewer))], "test"));
        var name = $"Forbidden {Guid.NewGuid():N}";

        var succeeded = await RunAsync(new CreateOrganisation(new OrganisationInput { Name = name }), viewer);

        succeeded.ShouldBeFalse();
        (await app.Db(db => db.Organisations.AnyAsync(o => o.Name == name))).ShouldBeFalse();
        var refusal = await app.Db(db => db.Set<AuditRecord>().OrderByDescending(r => r.Id).FirstAsync());
        (refusal.Action, refusal.EntityId, refusal.Detail, refusal.UserId).ShouldBe((AuditAction.PermissionDenied, nameof(CreateOrganisation), "Organisations.Edit", "viewer-id"));
    }

    [Fact]
    public async Task A_failed_command_leaves_nothing_behind()
    {
        var existing = await NewOrganisationAsync(app);
        var before = await NewestAuditIdAsync();
        var takenName = await app.Db(db => db.Organisations.Where(o => o.Id == existing).Select(o => o.Name).SingleAsync());

        var succeeded = await RunAsync(new CreateOrganisation(new OrganisationInput { Name = takenName }), user: null);

        succeeded.ShouldBeFalse();
        (await NewestAuditIdAsync()).ShouldBe(before);
    }

    /// <summary>Runs a command through the runner, as a request of <paramref name="user"/> or, when null, outside any request.</summary>
    private Task<bool> RunAsync(object command, ClaimsPrincipal? user) => app.WithScope(async services =>
    {
        if (user is not null)
        {
            services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = services };
        }

        var runner = services.GetRequiredService<CommandRunner>();
        var result = CommandCatalogue.ResultOf(command.GetType())!;
        var run = typeof(CommandRunner).GetMethod(nameof(CommandRunner.RunAsync))!.MakeGenericMethod(result);
        var task = (Task)run.Invoke(runner, [command, CancellationToken.None])!;
        await task;
        var outcome = task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task)!;
        return (bool)outcome.GetType().GetProperty(nameof(CommandResult<object>.Succeeded))!.GetValue(outcome)!;
    });

    private Task<long> NewestAuditIdAsync() => app.Db(async db => await db.Set<AuditRecord>().MaxAsync(r => (long?)r.Id) ?? 0);

    private static Task<int> NewOrganisationAsync(LanternFactory app) => app.WithScope(async services =>
        (await services.GetRequiredService<CommandRunner>().RunAsync(new CreateOrganisation(new OrganisationInput { Name = $"Sample {Guid.NewGuid():N}" }))).Value!.Id);

    private static Task<int> NewServiceAsync(LanternFactory app) => app.WithScope(async services =>
        (await services.GetRequiredService<CommandRunner>().RunAsync(new AddService(await NewOrganisationAsync(app), await ServiceInputAsync(app)))).Value!.Id);

    private static async Task<string> NewUserIdAsync(LanternFactory app) => await app.UserIdAsync(await app.NewUserAsync(Role.Viewer, twoFactors: false));

    private static async Task<(string UserId, int TokenId)> NewTokenAsync(LanternFactory app)
    {
        var userId = await NewUserIdAsync(app);
        var token = await app.WithScope(services => services.GetRequiredService<ApiTokenService>().IssueAsync(userId, "sample"));
        return (userId, token.Id);
    }

    /// <summary>The roles that need two factors now, with Researcher switched, so that saving them changes a row (Viewer stays free for <see cref="TurnOffTwoFactor"/>'s sample).</summary>
    private static async Task<IReadOnlySet<Role>> FlippedTwoFactorRolesAsync(LanternFactory app)
    {
        var now = await app.WithScope(services => services.GetRequiredService<TwoFactorPolicy>().AllAsync());
        var required = now.Where(role => role.Value).Select(role => role.Key).ToHashSet();
        if (!required.Remove(Role.Researcher))
        {
            required.Add(Role.Researcher);
        }

        return required;
    }

    private static async Task<ServiceInput> ServiceInputAsync(LanternFactory app)
    {
        var subService = await app.Db(db => db.SubServices.Select(s => s.Code).FirstAsync());
        var area = await app.WithScope(async services =>
            (await services.GetRequiredService<CommandRunner>().RunAsync(new CreateArea(new AreaInput { Name = $"Area {Guid.NewGuid():N}" }))).Value!.Id);
        return new ServiceInput { SubService = subService, AreaIds = [area], Populations = [Population.MigrantsAndRefugees], Languages = "en" };
    }
}

public sealed class CommandPipelineTestsOnSqlite(SqliteApp app) : CommandPipelineTests(app), IClassFixture<SqliteApp>;

public sealed class CommandPipelineTestsOnPostgres(PostgresApp app) : CommandPipelineTests(app), IClassFixture<PostgresApp>;
