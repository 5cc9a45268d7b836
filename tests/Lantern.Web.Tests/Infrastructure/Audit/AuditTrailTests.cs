using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure.Audit;

/// <summary>Each kind of event leaves its record, with who, how and what, and never a personal value.</summary>
public abstract class AuditTrailTests(LanternFactory app)
{

    [Fact]
    public async Task Creating_through_the_api_records_the_account_the_token_and_the_new_id()
    {
        var api = await app.ApiAs(Role.Coordinator);
        var response = await api.PostAsJsonAsync("/api/organisations", new { name = $"Harbour Shelter {Guid.NewGuid():N}", type = "Ngo" }, TestJson.Api);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var record = await LastAsync(r => r.EntityType == "Organisation" && r.EntityId == id.ToString());
        record.Action.ShouldBe(AuditAction.Create);
        record.Channel.ShouldBe(AuditChannel.Api);
        record.UserId.ShouldBe((await app.Db(db => db.Users.SingleAsync(u => u.Email == "coordinator@lantern.test"))).Id);
        record.TokenId.ShouldNotBeNull();
    }

    [Fact]
    public async Task An_update_names_the_fields_that_changed_but_keeps_none_of_their_values()
    {
        var secretName = $"Confidential Name {Guid.NewGuid():N}";
        var id = await app.WithScope(async services =>
        {
            var commands = services.GetRequiredService<CommandRunner>();
            var created = await commands.RunAsync(new CreateOrganisation(new OrganisationInput { Name = $"Plain Name {Guid.NewGuid():N}" }));
            var updated = await commands.RunAsync(new UpdateOrganisation(created.Value!.Id, new OrganisationInput { Name = secretName, Phone = "+44 20 7946 0000" }));
            updated.Succeeded.ShouldBeTrue();
            return created.Value.Id;
        });

        var record = await LastAsync(r => r.EntityType == "Organisation" && r.EntityId == id.ToString() && r.Action == AuditAction.Update);
        record.Fields!.Split(',').ShouldContain("Name");
        record.Fields.Split(',').ShouldContain("Phone");
        record.Channel.ShouldBe(AuditChannel.System);
        (await AllText()).ShouldNotContain(secretName);
        (await AllText()).ShouldNotContain("7946");
    }

    [Fact]
    public async Task A_deletion_records_the_id_of_the_row_that_is_gone()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var id = await app.WithScope(async services =>
            (await services.GetRequiredService<CommandRunner>().RunAsync(new CreateOrganisation(new OrganisationInput { Name = $"Short Lived {Guid.NewGuid():N}" }))).Value!.Id);

        var token = await browser.AntiforgeryTokenAsync($"/coalition/organisations/{id}");
        var response = await browser.PostAsync($"/coalition/organisations/{id}/delete", [new("__RequestVerificationToken", token)]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var record = await LastAsync(r => r.EntityType == "Organisation" && r.EntityId == id.ToString() && r.Action == AuditAction.Delete);
        record.Channel.ShouldBe(AuditChannel.Web);
    }

    [Fact]
    public async Task Sign_in_sign_out_and_failed_sign_ins_are_recorded_without_the_email_typed()
    {
        var email = await app.EnsureUser(Role.Viewer);
        var userId = (await app.Db(db => db.Users.SingleAsync(u => u.Email == email))).Id;
        var before = await NewestIdAsync();

        // A sign-in of its own: BrowserAs may hand on a session opened earlier in the class.
        var browser = await app.SignInAsync(app.AnonymousBrowser(), email);
        var token = await browser.AntiforgeryTokenAsync("/");
        (await browser.PostAsync("/account/sign-out", [new("__RequestVerificationToken", token)])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stranger = app.AnonymousBrowser();
        await stranger.SubmitAsync("/account/sign-in", "sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "not the password at all" });
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        await stranger.SubmitAsync("/account/sign-in", "sign-in", new Dictionary<string, string> { ["Input.Email"] = unknown, ["Input.Password"] = "not the password at all" });

        var records = await app.Db(db => db.Set<AuditRecord>().Where(r => r.Id > before).OrderBy(r => r.Id).ToListAsync());
        records.ShouldContain(r => r.Action == AuditAction.SignIn && r.UserId == userId && r.Channel == AuditChannel.Web);
        records.ShouldContain(r => r.Action == AuditAction.SignOut && r.UserId == userId);
        records.ShouldContain(r => r.Action == AuditAction.SignInFailed && r.EntityId == userId && r.Detail == "wrong password" && r.Channel == AuditChannel.Anonymous);
        records.ShouldContain(r => r.Action == AuditAction.SignInFailed && r.EntityId == null && r.Detail == "unknown account");
        (await AllText()).ShouldNotContain(unknown);
    }

    [Fact]
    public async Task New_users_role_changes_and_tokens_are_recorded()
    {
        var email = $"recorded-{Guid.NewGuid():N}@lantern.test";
        var before = await NewestIdAsync();
        var (userId, tokenId) = await app.WithScope(async services =>
        {
            var accounts = services.GetRequiredService<AccountService>();
            (await accounts.CreateAsync(email, LanternFactory.Password, Role.Viewer)).ShouldBeEmpty();
            var user = await accounts.FindByEmailAsync(email);
            (await accounts.SetRoleAsync(user!.Id, Role.Researcher)).ShouldBeEmpty();
            var tokens = services.GetRequiredService<ApiTokenService>();
            var issued = await tokens.IssueAsync(user.Id, "laptop");
            var token = (await tokens.ListAsync(user.Id)).Single();
            (await tokens.RevokeAsync(user.Id, token.Id)).ShouldBeTrue();
            return (user.Id, token.Id);
        });

        var records = await app.Db(db => db.Set<AuditRecord>().Where(r => r.Id > before).ToListAsync());
        records.ShouldContain(r => r.Action == AuditAction.Create && r.EntityType == "User" && r.EntityId == userId);
        records.ShouldContain(r => r.Action == AuditAction.Create && r.EntityType == "UserRole" && r.EntityId!.StartsWith(userId + ":"));
        records.ShouldContain(r => r.Action == AuditAction.Delete && r.EntityType == "UserRole" && r.EntityId!.StartsWith(userId + ":"));
        records.ShouldContain(r => r.Action == AuditAction.Create && r.EntityType == "ApiToken" && r.EntityId == tokenId.ToString());
        records.ShouldContain(r => r.Action == AuditAction.Update && r.EntityType == "ApiToken" && r.EntityId == tokenId.ToString() && r.Fields == "RevokedAt");
        (await AllText()).ShouldNotContain(email);
    }

    [Fact]
    public async Task Imports_and_exports_are_recorded()
    {
        var api = await app.ApiAs(Role.Coordinator);
        var csv = $"organisation,organisation_type\nImported Refuge {Guid.NewGuid():N},Ngo\n";
        var import = await api.PostAsync("/api/organisations/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        (await LastAsync(r => r.Action == AuditAction.Import)).EntityType.ShouldBe("Organisation");

        var export = await api.GetAsync("/api/organisations/export?format=csv");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        await export.Content.ReadAsByteArrayAsync();
        var record = await LastAsync(r => r.Action == AuditAction.Export);
        (record.EntityType, record.Detail).ShouldBe(("Organisation", "export"));
    }

    [Fact]
    public async Task A_refused_request_is_recorded_with_the_permission_it_lacked()
    {
        var api = await app.ApiAs(Role.Viewer);
        var response = await api.PostAsJsonAsync("/api/organisations", new { name = "Not allowed", type = "Ngo" }, TestJson.Api);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var record = await LastAsync(r => r.Action == AuditAction.PermissionDenied);
        record.EntityId.ShouldBe("/api/organisations");
        record.Detail.ShouldBe("Organisations.Edit");
        record.Channel.ShouldBe(AuditChannel.Api);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_a_record()
    {
        await app.EnsureUser(Role.Analyst);
        var check = await app.Db(async db =>
        {
            (await db.Set<AuditRecord>().CountAsync()).ShouldBeGreaterThan(0);
            await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditRecords" SET "Detail" = 'x'"""));
            await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditRecords" """));
            return await AuditChain.VerifyAsync(db);
        });

        check.Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Administrators_read_the_trail_through_the_api_and_others_are_refused()
    {
        var admin = await app.ApiAs(Role.Administrator);
        var page = await admin.GetFromJsonAsync<Page<AuditLine>>("/api/audit?action=Create&entityType=User&pageSize=5", TestJson.Api);
        page!.Items.ShouldNotBeEmpty();
        page.Items.ShouldAllBe(line => line.Action == AuditAction.Create && line.EntityType == "User");
        page.Items.Select(l => l.Id).ShouldBeInOrder(SortDirection.Descending);
        (await LastAsync(r => r.Action == AuditAction.Read)).EntityType.ShouldBe("AuditTrail");

        var verification = await admin.GetFromJsonAsync<AuditVerification>("/api/audit/verify", TestJson.Api);
        verification!.Intact.ShouldBeTrue();

        var coordinator = await app.ApiAs(Role.Coordinator);
        (await coordinator.GetAsync("/api/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_administrators_page_filters_and_exports_the_trail()
    {
        var admin = await app.BrowserAs(Role.Administrator);
        var page = await admin.PageAsync("/admin/audit?action=SignIn&verify=true");
        page.QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThan(0);
        page.QuerySelectorAll("tbody tr td:nth-child(5)").Select(td => td.TextContent).ShouldAllBe(text => text == "SignIn");
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("intact");

        var csv = await admin.Client.GetStringAsync("/admin/audit/export.csv?action=SignIn");
        csv.TrimStart('\uFEFF').ShouldStartWith("id,at,channel,");
        csv.ShouldContain(",SignIn,");

        var viewer = await app.BrowserAs(Role.Viewer);
        (await viewer.Client.GetAsync("/admin/audit")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    /// <summary>The id of the newest record: records after it are the test's own.</summary>
    private async Task<long> NewestIdAsync() => await app.Db(db => db.Set<AuditRecord>().MaxAsync(r => (long?)r.Id)) ?? 0;

    private Task<AuditRecord> LastAsync(System.Linq.Expressions.Expression<Func<AuditRecord, bool>> match) =>
        app.Db(db => db.Set<AuditRecord>().Where(match).OrderByDescending(r => r.Id).FirstAsync());

    /// <summary>Every text column of the whole trail, to look for values that must never be there.</summary>
    private Task<string> AllText() => app.Db(async db => string.Join('\n', (await db.Set<AuditRecord>().ToListAsync())
        .Select(r => string.Join('|', r.EntityType, r.EntityId, r.Fields, r.Detail, r.Address, r.UserId))));
}

public sealed class AuditTrailTestsOnSqlite(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTrailTestsOnPostgres(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;
