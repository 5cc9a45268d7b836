using System.Globalization;
using System.Net;
using System.Security.Claims;
using Lantern.Web.Features.Account;
using Lantern.Web.Features.Admin.Commands;
using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>Record scope for case work: everyone who works with cases belongs to an organisation of the service map.</summary>
public abstract class UserOrganisationTests(LanternFactory app)
{
    [Fact]
    public async Task An_administrator_sets_and_clears_a_persons_organisation_on_their_page_and_both_changes_are_recorded()
    {
        var (organisation, name) = await NewOrganisationAsync();
        var email = await app.NewUserAsync(Role.Frontline, twoFactors: true);
        var userId = await app.UserIdAsync(email);
        var admin = await app.BrowserAs(Role.Administrator);

        var set = await admin.SubmitAsync($"/admin/users/{userId}", "organisation", Chosen(organisation.ToString(CultureInfo.InvariantCulture)));

        (await set.Content.ReadAsStringAsync()).ShouldContain("Organisation saved.");
        (await ScopeOfAsync(userId)).ShouldBe(organisation);
        var row = (await admin.PageAsync("/admin/users")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        row.TextContent.ShouldContain(name);

        var cleared = await admin.SubmitAsync($"/admin/users/{userId}", "organisation", Chosen(""));

        (await cleared.Content.ReadAsStringAsync()).ShouldContain("They now belong to no organisation.");
        (await ScopeOfAsync(userId)).ShouldBeNull();
        var adminId = await app.UserIdAsync(await app.EnsureUser(Role.Administrator));
        var changes = (await app.AuditOfAsync("User", userId)).Where(r => r.Action == AuditAction.Update && r.Fields == nameof(LanternUser.OrganisationId)).ToList();
        changes.Count.ShouldBe(2, "set, then cleared");
        changes.ShouldAllBe(r => r.UserId == adminId && r.Channel == AuditChannel.Web);
    }

    [Fact]
    public async Task An_administrator_chooses_the_organisation_when_adding_a_person()
    {
        var (organisation, _) = await NewOrganisationAsync();
        var email = $"frontline-{Guid.NewGuid():N}@lantern.test";
        var admin = await app.BrowserAs(Role.Administrator);
        var form = await admin.PageAsync("/admin/users");
        form.QuerySelectorAll("select[name='Input.OrganisationId'] option").Select(o => o.GetAttribute("value")).ShouldContain(organisation.ToString(CultureInfo.InvariantCulture));

        var added = await admin.SubmitAsync("/admin/users", "add-user", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "a long first passphrase", ["Input.Role"] = nameof(Role.Frontline),
            ["Input.OrganisationId"] = organisation.ToString(CultureInfo.InvariantCulture),
        });

        (await added.Content.ReadAsStringAsync()).ShouldContain($"Added {email} as Frontline.");
        (await ScopeOfAsync(await app.UserIdAsync(email))).ShouldBe(organisation);
    }

    [Fact]
    public async Task A_coordinator_cannot_set_anyones_organisation()
    {
        var (organisation, _) = await NewOrganisationAsync();
        var userId = await app.UserIdAsync(await app.NewUserAsync(Role.Frontline, twoFactors: true));
        var coordinator = await app.BrowserAs(Role.Coordinator);
        var token = await coordinator.AntiforgeryTokenAsync("/coalition/areas");

        var posted = await coordinator.PostAsync($"/admin/users/{userId}",
            [new("__RequestVerificationToken", token), new("_handler", "organisation"), new("OrganisationId", organisation.ToString(CultureInfo.InvariantCulture))]);

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
        (await ScopeOfAsync(userId)).ShouldBeNull();
    }

    [Fact]
    public async Task The_command_answers_an_unknown_organisation_or_person_as_a_missing_record_and_changes_nothing()
    {
        var (organisation, _) = await NewOrganisationAsync();
        var userId = await app.UserIdAsync(await app.NewUserAsync(Role.Frontline, twoFactors: false));

        var unknownOrganisation = await RunAsync(new SetUserOrganisation(userId, int.MaxValue));
        var unknownPerson = await RunAsync(new SetUserOrganisation("nobody", organisation));

        unknownOrganisation.Errors.ToDictionary().ShouldContainKey("id");
        unknownOrganisation.Errors.Messages.ShouldBe([AccountService.NoSuchOrganisation]);
        unknownPerson.Errors.Messages.ShouldBe([AccountService.NoSuchUser]);
        (await ScopeOfAsync(userId)).ShouldBeNull();
    }

    [Fact]
    public async Task The_scope_of_a_signed_in_person_is_their_organisation_and_of_anyone_else_none()
    {
        var (organisation, _) = await NewOrganisationAsync();
        var userId = await app.UserIdAsync(await app.NewUserAsync(Role.Frontline, twoFactors: false));
        (await RunAsync(new SetUserOrganisation(userId, organisation))).Succeeded.ShouldBeTrue();

        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
        (await app.WithScope(services => services.GetRequiredService<OrganisationScope>().OfAsync(signedIn))).ShouldBe(organisation);
        (await app.WithScope(services => services.GetRequiredService<OrganisationScope>().OfAsync(new ClaimsPrincipal(new ClaimsIdentity())))).ShouldBeNull();
        (await app.WithScope(services => services.GetRequiredService<OrganisationScope>().OfAsync("nobody"))).ShouldBeNull();
    }

    [Fact]
    public async Task An_organisation_people_belong_to_cannot_be_deleted_and_the_refusal_says_how_many()
    {
        var (organisation, _) = await NewOrganisationAsync();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var member = await app.UserIdAsync(await app.NewUserAsync(Role.Frontline, twoFactors: false));
            (await RunAsync(new SetUserOrganisation(member, organisation))).Succeeded.ShouldBeTrue();
        }

        var newestAudit = await app.Db(async db => await db.Set<AuditRecord>().MaxAsync(r => (long?)r.Id) ?? 0);

        var refused = await app.WithScope(services => services.GetRequiredService<CommandRunner>().RunAsync(new DeleteOrganisation(organisation)));
        var coordinator = await app.BrowserAs(Role.Coordinator);
        var token = await coordinator.AntiforgeryTokenAsync($"/coalition/organisations/{organisation}");
        var fromPage = await coordinator.PostAsync($"/coalition/organisations/{organisation}/delete", [new("__RequestVerificationToken", token)]);
        var fromApi = await (await app.ApiAs(Role.Coordinator)).DeleteAsync($"/api/organisations/{organisation}");

        refused.Succeeded.ShouldBeFalse();
        refused.Errors.Messages.Single().ShouldStartWith("2 people belong to this organisation;");
        fromPage.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        fromPage.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await Browser.ParseAsync(fromPage);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldStartWith("2 people belong to this organisation;");
        page.QuerySelector($"a[href='/coalition/organisations/{organisation}']").ShouldNotBeNull();
        fromApi.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.FindAsync<Organisation>(organisation)).ShouldNotBeNull();
        (await app.Db(db => db.Set<AuditRecord>().AnyAsync(r => r.Id > newestAudit && r.Action == AuditAction.Delete))).ShouldBeFalse();
    }

    private static Dictionary<string, string> Chosen(string organisationId) => new() { ["OrganisationId"] = organisationId };

    private async Task<(int Id, string Name)> NewOrganisationAsync()
    {
        var name = $"Shelter {Guid.NewGuid():N}";
        var created = await RunAsync(new CreateOrganisation(new OrganisationInput { Name = name }));
        return (created.Value!.Id, name);
    }

    private Task<CommandResult<T>> RunAsync<T>(ICommand<T> command) =>
        app.WithScope(services => services.GetRequiredService<CommandRunner>().RunAsync(command));

    private Task<int?> ScopeOfAsync(string userId) =>
        app.WithScope(services => services.GetRequiredService<OrganisationScope>().OfAsync(userId));
}

public sealed class UserOrganisationTestsOnSqlite(SqliteApp app) : UserOrganisationTests(app), IClassFixture<SqliteApp>;

public sealed class UserOrganisationTestsOnPostgres(PostgresApp app) : UserOrganisationTests(app), IClassFixture<PostgresApp>;
