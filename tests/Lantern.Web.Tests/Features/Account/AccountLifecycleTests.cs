using System.Net;
using Lantern.Web.Features.Account.Pages;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>Issue 14, findings 3 and 7: taking people off the system, and what failed sign-ins may not do.</summary>
public abstract class AccountLifecycleTests(LanternFactory app)
{
    [Fact]
    public async Task A_deactivated_person_loses_sessions_and_tokens_at_once_and_gets_them_back_when_reactivated()
    {
        var email = await app.NewUserAsync(Role.Analyst, twoFactors: true);
        var userId = await app.UserIdAsync(email);
        var person = await app.SignInAsync(app.AnonymousBrowser(), email);
        var script = app.ApiWith(await app.IssueTokenAsync(email));
        (await script.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await app.BrowserAs(Role.Administrator);

        var deactivated = await admin.SubmitAsync($"/admin/users/{userId}", "deactivate", []);

        (await deactivated.Content.ReadAsStringAsync()).ShouldContain("Deactivated.");
        (await person.IsSignedInAsync()).ShouldBeFalse();
        (await script.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await app.AnonymousBrowser().SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
        (await Browser.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent.ShouldBe(Lantern.Web.Features.Account.Pages.SignIn.FailureMessage);

        await admin.SubmitAsync($"/admin/users/{userId}", "reactivate", []);

        (await script.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.SignInAsync(app.AnonymousBrowser(), email)).IsSignedInAsync()).ShouldBeTrue();
        var adminId = await app.UserIdAsync(await app.EnsureUser(Role.Administrator));
        var trail = await app.AuditOfAsync("User", userId);
        trail.ShouldContain(r => r.Action == AuditAction.Update && r.UserId == adminId && r.Fields!.Contains("DeactivatedAt") && r.Fields.Contains("SecurityStamp"));
        trail.Count(r => r.Action == AuditAction.Update && r.UserId == adminId && r.Fields!.Contains("DeactivatedAt")).ShouldBe(2, "deactivated, then reactivated");
    }

    [Fact]
    public async Task An_administrator_revokes_every_token_of_a_person()
    {
        var email = await app.NewUserAsync(Role.Viewer, twoFactors: false);
        var first = app.ApiWith(await app.IssueTokenAsync(email));
        var second = app.ApiWith(await app.IssueTokenAsync(email));
        var admin = await app.BrowserAs(Role.Administrator);

        (await admin.SubmitAsync($"/admin/users/{await app.UserIdAsync(email)}", "revoke-tokens", [])).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await first.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var tokens = await app.Db(db => Task.FromResult(db.ApiTokens.Where(t => t.UserId == db.Users.Single(u => u.Email == email).Id).Select(t => t.Id.ToString()).ToList()));
        foreach (var id in tokens)
        {
            (await app.AuditOfAsync("ApiToken", id)).ShouldContain(r => r.EntityId == id && r.Action == AuditAction.Update && r.Fields == "RevokedAt");
        }
    }

    [Fact]
    public async Task An_administrator_resets_a_password_which_ends_the_persons_sessions_and_refuses_common_ones()
    {
        var email = await app.NewUserAsync(Role.Viewer, twoFactors: false);
        var userId = await app.UserIdAsync(email);
        var person = await app.SignInAsync(app.AnonymousBrowser(), email);
        var admin = await app.BrowserAs(Role.Administrator);

        var common = await admin.SubmitAsync($"/admin/users/{userId}", "reset-password", new Dictionary<string, string> { ["Input.Password"] = "iloveyou1234" });
        (await common.Content.ReadAsStringAsync()).ShouldContain("most common");
        (await person.IsSignedInAsync()).ShouldBeTrue("a refused reset changes nothing");

        var reset = await admin.SubmitAsync($"/admin/users/{userId}", "reset-password", new Dictionary<string, string> { ["Input.Password"] = "a fresh start for ana" });

        (await reset.Content.ReadAsStringAsync()).ShouldContain("Password reset.");
        (await person.IsSignedInAsync()).ShouldBeFalse();
        await app.SignInAsync(app.AnonymousBrowser(), email, "a fresh start for ana");
        (await app.AuditOfAsync("User", userId)).ShouldContain(r => r.Action == AuditAction.Update && r.Fields!.Contains("PasswordHash"));
    }

    [Fact]
    public async Task The_add_person_form_no_longer_promises_a_password_change_that_did_not_exist_and_refuses_repetitive_passwords()
    {
        var admin = await app.BrowserAs(Role.Administrator);
        var page = await admin.PageAsync("/admin/users");
        page.Body!.TextContent.ShouldNotContain("they should change it");
        page.Body.TextContent.ShouldContain("Your account");

        var response = await admin.SubmitAsync("/admin/users", "add-user", new Dictionary<string, string>
        {
            ["Input.Email"] = $"repeat-{Guid.NewGuid():N}@lantern.test", ["Input.Password"] = "aaaaaaaaaaaa", ["Input.Role"] = nameof(Role.Viewer),
        });

        (await response.Content.ReadAsStringAsync()).ShouldContain("repeats itself");
    }

    [Fact]
    public async Task Failed_sign_ins_that_lock_an_account_do_not_stop_its_api_tokens()
    {
        var email = await app.NewUserAsync(Role.Viewer, twoFactors: false);
        var script = app.ApiWith(await app.IssueTokenAsync(email));
        var attacker = app.AnonymousBrowser();
        for (var i = 0; i < 5; i++)
        {
            await attacker.SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, "guessing away " + i));
        }

        var locked = await app.AnonymousBrowser().SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
        locked.StatusCode.ShouldBe(HttpStatusCode.OK, "the account is locked");

        (await script.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bearer_token_cannot_open_or_post_account_pages_so_a_token_cannot_mint_tokens()
    {
        var email = await app.NewUserAsync(Role.Administrator, twoFactors: true);
        var script = app.ApiWith(await app.IssueTokenAsync(email));
        var before = await app.Db(db => Task.FromResult(db.ApiTokens.Count()));

        foreach (var page in (string[])["/account/tokens", "/account/password", "/account/two-factor", "/admin/users", $"/admin/users/{await app.UserIdAsync(email)}"])
        {
            (await script.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
        }

        var posted = await script.PostAsync("/account/tokens", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "issue-token", ["Input.Name"] = "minted by a token",
        }));
        posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Db(db => Task.FromResult(db.ApiTokens.Count()))).ShouldBe(before);
        (await script.GetAsync("/account/confirm")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Creating_a_token_needs_two_factors()
    {
        var email = await app.NewUserAsync(Role.Viewer, twoFactors: false);
        var browser = await app.SignInAsync(app.AnonymousBrowser(), email);

        var page = await browser.PageAsync("/account/tokens");

        page.QuerySelector("input[name=_handler][value='issue-token']").ShouldBeNull();
        page.Body!.TextContent.ShouldContain("two factors");
    }
}

public sealed class AccountLifecycleTestsOnSqlite(SqliteApp app) : AccountLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class AccountLifecycleTestsOnPostgres(PostgresApp app) : AccountLifecycleTests(app), IClassFixture<PostgresApp>;

/// <summary>Issue 14, finding 2: pages that change an account want a recent sign-in (and a token a recent two-factor one).</summary>
public sealed class RecentSignInTests(ClockedApp app) : IClassFixture<ClockedApp>
{
    [Fact]
    public async Task After_fifteen_minutes_account_pages_ask_for_the_password_and_code_again()
    {
        var email = await app.NewUserAsync(Role.Analyst, twoFactors: true);
        var browser = await app.SignInAsync(app.AnonymousBrowser(), email);
        (await browser.Client.GetAsync("/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromMinutes(16));

        var stale = await browser.Client.GetAsync("/account/tokens");
        stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.PathOf(stale.Headers.Location!).ShouldBe("/account/confirm?returnUrl=%2Faccount%2Ftokens");
        (await browser.IsSignedInAsync()).ShouldBeTrue("other pages stay open");

        var wrong = await browser.SubmitAsync("/account/confirm?returnUrl=%2Faccount%2Ftokens", "confirm", new Dictionary<string, string>
        {
            ["Input.Password"] = LanternFactory.Password, ["Input.Code"] = "000000",
        });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var step = (DateTimeOffset.UtcNow + app.Clock.Offset).ToUnixTimeSeconds() / 30;
        var confirmed = await browser.SubmitAsync("/account/confirm?returnUrl=%2Faccount%2Ftokens", "confirm", new Dictionary<string, string>
        {
            ["Input.Password"] = LanternFactory.Password, ["Input.Code"] = TwoFactorCodes.CodeAt(TwoFactorCodes.FixtureKey, step),
        });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.PathOf(confirmed.Headers.Location!).ShouldBe("/account/tokens");
        var issued = await browser.SubmitAsync("/account/tokens", "issue-token", new Dictionary<string, string> { ["Input.Name"] = "after confirming" });
        (await Browser.ParseAsync(issued)).QuerySelector(".token-secret")!.TextContent.Trim().ShouldStartWith("lnt_");
    }
}
