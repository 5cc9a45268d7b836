using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Features.Account.Pages;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

public abstract class AccountTests(LanternFactory app)
{
    private static Dictionary<string, string> SignIn(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task A_wrong_password_does_not_sign_in_and_says_so_without_naming_the_account()
    {
        var email = await app.EnsureUser(Role.Frontline);
        var browser = app.AnonymousBrowser();

        var response = await browser.SubmitAsync("/account/sign-in", "sign-in", SignIn(email, "not the password at all"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The email or password is not right.");
        (await browser.Client.GetAsync("/coalition/organisations")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_and_the_form_does_not_say_so()
    {
        var email = $"lockout-{Guid.NewGuid():N}@lantern.test";
        await app.WithScope(async services =>
            (await services.GetRequiredService<Lantern.Web.Features.Account.AccountService>().CreateAsync(email, LanternFactory.Password, Role.Viewer)).ShouldBeEmpty());
        var browser = app.AnonymousBrowser();
        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitAsync("/account/sign-in", "sign-in", SignIn(email, "wrong password " + i));
        }

        var response = await browser.SubmitAsync("/account/sign-in", "sign-in", SignIn(email, LanternFactory.Password));
        var unknown = await app.AnonymousBrowser().SubmitAsync("/account/sign-in", "sign-in", SignIn($"nobody-{Guid.NewGuid():N}@lantern.test", LanternFactory.Password));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The same answer as for an e-mail nobody has: the form must not tell an attacker which accounts exist.
        var page = await Browser.ParseAsync(response);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldBe(Lantern.Web.Features.Account.Pages.SignIn.FailureMessage);
        (await Browser.ParseAsync(unknown)).QuerySelector("[role=alert]")!.TextContent.ShouldBe(Lantern.Web.Features.Account.Pages.SignIn.FailureMessage);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("locked", Case.Insensitive);
        (await browser.Client.GetAsync("/coalition/organisations")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_opens_the_pages_the_role_allows_and_signing_out_closes_them()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        (await browser.Client.GetAsync("/coalition/organisations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var token = await browser.AntiforgeryTokenAsync("/coalition/organisations");
        var signOut = await browser.PostAsync("/account/sign-out", [new("__RequestVerificationToken", token)]);

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.Client.GetAsync("/coalition/organisations");
        after.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused_so_another_site_cannot_do_it()
    {
        var browser = await app.BrowserAs(Role.Viewer);

        var response = await browser.PostAsync("/account/sign-out", []);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.Client.GetAsync("/coalition/organisations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var email = await app.EnsureUser(Role.Viewer);
        var response = await app.AnonymousBrowser().PostAsync("/account/sign-in", [
            new("_handler", "sign-in"), new("Input.Email", email), new("Input.Password", LanternFactory.Password)]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await app.Anonymous().GetAsync("/knowledge");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Fact]
    public async Task An_unknown_address_reveals_nothing_to_strangers_and_gives_members_a_plain_404()
    {
        var stranger = await app.Anonymous().GetAsync("/no/such/page");
        var member = await (await app.BrowserAs(Role.Viewer)).Client.GetAsync("/no/such/page");
        var script = await (await app.ApiAs(Role.Viewer)).GetAsync("/api/no-such-thing");

        stranger.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        member.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await member.Content.ReadAsStringAsync()).ShouldContain("There is nothing here.");
        script.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        script.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_api_token_acts_as_its_owner_until_it_is_revoked()
    {
        var browser = await app.BrowserAs(Role.Analyst);
        var created = await browser.SubmitAsync("/account/tokens", "issue-token", new Dictionary<string, string> { ["Input.Name"] = "nightly export" });
        var page = await Browser.ParseAsync(created);
        var secret = page.QuerySelector(".token-secret")!.TextContent.Trim();
        secret.ShouldStartWith("lnt_");

        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await client.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/areas", new { name = "Nowhere" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var stored = await app.Db(db => db.ApiTokens.SingleAsync(t => t.Name == "nightly export"));
        stored.Hash.ShouldNotContain(secret);
        stored.Hash.Length.ShouldBe(64);
        var revoke = await browser.SubmitAsync("/account/tokens", $"revoke-{stored.Id}", []);
        revoke.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_made_up_token_is_refused()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "lnt_" + new string('a', 43));

        (await client.GetAsync("/api/organisations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_administrator_adds_a_person_with_a_role_who_can_then_sign_in()
    {
        var admin = await app.BrowserAs(Role.Administrator);
        var email = $"new-{Guid.NewGuid():N}@lantern.test";

        var response = await admin.SubmitAsync("/admin/users", "add-user", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = LanternFactory.Password, ["Input.Role"] = nameof(Role.Frontline),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(email);
        var browser = app.AnonymousBrowser();
        var signIn = await browser.SubmitAsync("/account/sign-in", "sign-in", SignIn(email, LanternFactory.Password));
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

public sealed class AccountTestsOnSqlite(SqliteApp app) : AccountTests(app), IClassFixture<SqliteApp>;

public sealed class AccountTestsOnPostgres(PostgresApp app) : AccountTests(app), IClassFixture<PostgresApp>;
