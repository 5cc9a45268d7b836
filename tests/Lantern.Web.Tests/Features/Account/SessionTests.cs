using System.Net;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>Issue 14, finding 6: what ends a session ends it at once, and a saved cookie cannot bring it back.</summary>
public abstract class SessionTests(LanternFactory app)
{
    [Fact]
    public async Task A_cookie_saved_before_signing_out_opens_nothing_afterwards()
    {
        var email = await app.NewUserAsync(Role.Viewer, twoFactors: false);
        var cookies = new System.Net.CookieContainer();
        var browser = await app.SignInAsync(app.BrowserWith(cookies), email);
        var saved = LanternFactory.Copy(cookies);
        (await browser.IsSignedInAsync()).ShouldBeTrue();

        await browser.SignOutAsync();

        var replay = app.BrowserWith(saved);
        var response = await replay.Client.GetAsync("/coalition/organisations");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.PathOf(response.Headers.Location!).ShouldStartWith("/account/sign-in");
    }

    [Fact]
    public async Task Changing_ones_password_keeps_this_session_and_ends_the_others()
    {
        var email = await app.NewUserAsync(Role.Viewer, twoFactors: false);
        var here = await app.SignInAsync(app.AnonymousBrowser(), email);
        var elsewhere = await app.SignInAsync(app.AnonymousBrowser(), email);
        const string newPassword = "lantern lamps at dusk";

        var changed = await here.SubmitAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = LanternFactory.Password, ["Input.New"] = newPassword, ["Input.Confirm"] = newPassword,
        });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadAsStringAsync()).ShouldContain("Your password is changed.");
        (await here.IsSignedInAsync()).ShouldBeTrue();
        (await elsewhere.IsSignedInAsync()).ShouldBeFalse();
        var old = await app.AnonymousBrowser().SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
        old.StatusCode.ShouldBe(HttpStatusCode.OK, "the old password no longer signs in");
        await app.SignInAsync(app.AnonymousBrowser(), email, newPassword);

        var userId = await app.UserIdAsync(email);
        (await app.AuditOfAsync("User", userId)).ShouldContain(r => r.Action == AuditAction.Update && r.UserId == userId
            && r.Fields!.Contains("PasswordHash") && r.Fields.Contains("SecurityStamp") && r.Channel == AuditChannel.Web);
    }

    [Fact]
    public async Task A_new_password_that_is_common_or_repetitive_is_refused_and_the_wrong_current_one_too()
    {
        var email = await app.NewUserAsync(Role.Viewer, twoFactors: false);
        var browser = await app.SignInAsync(app.AnonymousBrowser(), email);

        async Task<string> Change(string current, string next) => await (await browser.SubmitAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = current, ["Input.New"] = next, ["Input.Confirm"] = next,
        })).Content.ReadAsStringAsync();

        (await Change(LanternFactory.Password, "password2024!")).ShouldContain("most common");
        (await Change(LanternFactory.Password, "abcabcabcabc")).ShouldContain("repeats itself");
        (await Change("not my password at all", "lantern lamps at dusk")).ShouldContain("The current password is not right.");
        await app.SignInAsync(app.AnonymousBrowser(), email);
    }

    [Fact]
    public async Task A_new_role_ends_the_persons_sessions_at_once()
    {
        var email = await app.NewUserAsync(Role.Viewer, twoFactors: false);
        var person = await app.SignInAsync(app.AnonymousBrowser(), email);
        var admin = await app.BrowserAs(Role.Administrator);

        (await admin.SubmitAsync("/admin/users", $"role-{await app.UserIdAsync(email)}", new Dictionary<string, string> { ["NewRole"] = nameof(Role.Analyst) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await person.IsSignedInAsync()).ShouldBeFalse();
    }
}

public sealed class SessionTestsOnSqlite(SqliteApp app) : SessionTests(app), IClassFixture<SqliteApp>;

public sealed class SessionTestsOnPostgres(PostgresApp app) : SessionTests(app), IClassFixture<PostgresApp>;
