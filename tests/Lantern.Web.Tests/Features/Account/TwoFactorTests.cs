using System.Net;
using Lantern.Web.Features.Account.Model;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>Issue 14, "Two factors": enrolment, codes, recovery codes, remembered devices, resets and the per-role rule.</summary>
public abstract class TwoFactorTests(LanternFactory app)
{
    private static Dictionary<string, string> Code(string code, bool remember = false) =>
        remember ? new() { ["Code.Code"] = code, ["Code.RememberDevice"] = "true" } : new() { ["Code.Code"] = code };

    [Fact]
    public async Task A_frontline_worker_without_two_factors_is_sent_to_enrol_scans_a_qr_code_and_gets_ten_recovery_codes()
    {
        var email = await app.NewUserAsync(Role.Frontline, twoFactors: false);
        var browser = await app.SignInAsync(app.AnonymousBrowser(), email);

        var home = await browser.Client.GetAsync("/coalition/organisations");
        Browser.PathOf(home.Headers.Location!).ShouldBe("/account/two-factor?returnUrl=%2Fcoalition%2Forganisations");
        var enrolment = await browser.PageAsync("/account/two-factor?returnUrl=%2Fcoalition%2Forganisations");
        var qr = enrolment.QuerySelector(".qr svg");
        qr.ShouldNotBeNull("the QR code is drawn on the server as SVG");
        qr.OuterHtml.ShouldNotContain("style=", Case.Insensitive, "the CSP forbids inline styles");
        enrolment.QuerySelectorAll("script").ShouldBeEmpty();
        var key = TwoFactorCodes.KeyFromPage(enrolment.QuerySelector(".token-secret")!.TextContent);

        var wrong = await browser.SubmitAsync("/account/two-factor", "enrol", new Dictionary<string, string> { ["Input.Code"] = "123456" });
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("The code is not right.");
        var enrolled = await browser.SubmitAsync("/account/two-factor?returnUrl=%2Fcoalition%2Forganisations", "enrol",
            new Dictionary<string, string> { ["Input.Code"] = TwoFactorCodes.CodeNow(key) });

        var page = await Browser.ParseAsync(enrolled);
        page.QuerySelectorAll(".recovery-codes li").Length.ShouldBe(10);
        (await browser.IsSignedInAsync()).ShouldBeTrue("this session goes on as a two-factor one");
        var userId = await app.UserIdAsync(email);
        (await app.AuditOfAsync("User", userId)).ShouldContain(r => r.Action == AuditAction.Update && r.Fields!.Contains("TwoFactorEnabled"));
        (await app.AuditOfAsync("UserToken", userId)).Select(r => r.EntityId).ShouldContain($"{userId}:[AspNetUserStore]:RecoveryCodes");
        // The recovery codes never reach the trail, only the fact that they changed.
        var trail = string.Join('\n', (await app.AuditOfAsync("UserToken", userId)).Select(r => $"{r.Fields} {r.Detail}"));
        page.QuerySelectorAll(".recovery-codes li").ShouldAllBe(li => !trail.Contains(li.TextContent));
    }

    [Fact]
    public async Task Signing_in_takes_a_code_which_works_once_and_a_wrong_code_is_refused_and_recorded()
    {
        var email = await app.NewUserAsync(Role.Coordinator, twoFactors: true);
        var userId = await app.UserIdAsync(email);
        var first = app.AnonymousBrowser();
        var password = await first.SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
        var codePage = Browser.PathOf(password.Headers.Location!);
        codePage.ShouldStartWith("/account/sign-in/code");
        (await first.IsSignedInAsync()).ShouldBeFalse("the password alone opens nothing");

        var wrong = await first.SubmitAsync(codePage, "code", Code("000000"));
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("The code is not right.");
        var code = await app.NextCodeAsync(email);
        (await first.SubmitAsync(codePage, "code", Code(code))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await first.IsSignedInAsync()).ShouldBeTrue();

        var replay = app.AnonymousBrowser();
        await replay.SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
        (await replay.SubmitAsync(codePage, "code", Code(code))).StatusCode.ShouldBe(HttpStatusCode.OK, "a code that was used cannot be used again");
        (await replay.IsSignedInAsync()).ShouldBeFalse();

        (await app.AuditOfAsync("User", userId)).ShouldContain(r => r.Action == AuditAction.SignInFailed && r.Detail == "wrong code");
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await app.NewUserAsync(Role.Coordinator, twoFactors: true);
        var codes = await app.WithScope(async services =>
        {
            var user = (await services.GetRequiredService<UserManager<Lantern.Web.Data.LanternUser>>().FindByEmailAsync(email))!;
            return await services.GetRequiredService<TwoFactorService>().NewRecoveryCodesAsync(user);
        });

        async Task<HttpResponseMessage> WithRecoveryCode(string code)
        {
            var browser = app.AnonymousBrowser();
            var password = await browser.SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
            return await browser.SubmitAsync(Browser.PathOf(password.Headers.Location!), "recovery", new Dictionary<string, string> { ["Recovery.Code"] = code });
        }

        (await WithRecoveryCode(codes[0].ToLowerInvariant())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WithRecoveryCode(codes[0])).StatusCode.ShouldBe(HttpStatusCode.OK, "a recovery code works once");
        (await WithRecoveryCode(codes[1])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var userId = await app.UserIdAsync(email);
        (await app.AuditOfAsync("UserToken", $"{userId}:[AspNetUserStore]:RecoveryCodes")).Count(r => r.Action == AuditAction.Update).ShouldBeGreaterThanOrEqualTo(2);
        (await app.AuditOfAsync("User", userId)).ShouldContain(r => r.Action == AuditAction.SignInFailed && r.Detail == "wrong recovery code");
    }

    [Fact]
    public async Task A_remembered_device_skips_the_code_until_an_administrator_resets_the_lost_device()
    {
        var email = await app.NewUserAsync(Role.Coordinator, twoFactors: true);
        var userId = await app.UserIdAsync(email);
        var phone = app.AnonymousBrowser();
        var password = await phone.SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
        await phone.SubmitAsync(Browser.PathOf(password.Headers.Location!), "code", Code(await app.NextCodeAsync(email), remember: true));
        await phone.SignOutAsync();

        var remembered = await phone.SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
        Browser.PathOf(remembered.Headers.Location!).ShouldBe("/", "the device is remembered across signing out");

        var admin = await app.BrowserAs(Role.Administrator);
        var reset = await admin.SubmitAsync($"/admin/users/{userId}", "reset-two-factor", []);
        (await reset.Content.ReadAsStringAsync()).ShouldContain("Two factors reset.");
        (await phone.IsSignedInAsync()).ShouldBeFalse("the reset ends the person's sessions");

        // The person signs in with the password and must enrol again, with a new key.
        var afterReset = await app.SignInAsync(app.AnonymousBrowser(), email);
        var sent = await afterReset.Client.GetAsync("/");
        Browser.PathOf(sent.Headers.Location!).ShouldStartWith("/account/two-factor");
        var key = TwoFactorCodes.KeyFromPage((await afterReset.PageAsync("/account/two-factor")).QuerySelector(".token-secret")!.TextContent);
        key.ShouldNotBe(TwoFactorCodes.FixtureKey);
        var reenrolled = await afterReset.SubmitAsync("/account/two-factor", "enrol", new Dictionary<string, string> { ["Input.Code"] = TwoFactorCodes.CodeNow(key) });
        (await Browser.ParseAsync(reenrolled)).QuerySelectorAll(".recovery-codes li").Length.ShouldBe(10);

        // The old phone's remembered device belonged to the old key: it is asked for a code again.
        var oldPhone = await phone.SubmitAsync("/account/sign-in", "sign-in", AccountTestSupport.SignInFields(email, LanternFactory.Password));
        Browser.PathOf(oldPhone.Headers.Location!).ShouldStartWith("/account/sign-in/code");

        var adminId = await app.UserIdAsync(await app.EnsureUser(Role.Administrator));
        (await app.AuditOfAsync("User", userId)).ShouldContain(r => r.Action == AuditAction.Update && r.UserId == adminId && r.Fields!.Contains("TwoFactorEnabled"));
        (await app.AuditOfAsync("UserToken", userId)).ShouldContain(r => r.Action == AuditAction.Delete && r.UserId == adminId
            && r.EntityId == $"{userId}:[AspNetUserStore]:AuthenticatorKey");
    }

    [Fact]
    public async Task An_administrator_chooses_the_roles_that_need_two_factors_and_api_tokens_are_never_sent_to_enrol()
    {
        var admin = await app.BrowserAs(Role.Administrator);
        var page = await admin.PageAsync("/admin/users");
        page.QuerySelectorAll("input[name=TwoFactorRole][checked]").Select(i => i.GetAttribute("value"))
            .ShouldBe([nameof(Role.Administrator), nameof(Role.Coordinator), nameof(Role.Frontline)], ignoreOrder: true);
        var researcher = await app.NewUserAsync(Role.Researcher, twoFactors: false);
        var researcherBrowser = await app.SignInAsync(app.AnonymousBrowser(), researcher);
        (await researcherBrowser.IsSignedInAsync()).ShouldBeTrue("Researchers need no second factor by default");

        var form = new List<KeyValuePair<string, string>>
        {
            new("TwoFactorRole", nameof(Role.Administrator)), new("TwoFactorRole", nameof(Role.Coordinator)),
            new("TwoFactorRole", nameof(Role.Frontline)), new("TwoFactorRole", nameof(Role.Researcher)),
        };
        var token = await admin.AntiforgeryTokenAsync("/admin/users");
        var saved = await admin.PostAsync("/admin/users", [new("__RequestVerificationToken", token), new("_handler", "two-factor-roles"), .. form]);
        (await saved.Content.ReadAsStringAsync()).ShouldContain("Saved which roles need two factors.");

        (await researcherBrowser.IsSignedInAsync()).ShouldBeFalse("now Researchers are sent to enrol");
        var script = app.ApiWith(await app.IssueTokenAsync(researcher));
        (await script.GetAsync("/api/areas")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.AuditOfAsync(nameof(TwoFactorRoleSetting), nameof(Role.Researcher))).ShouldContain(r => r.Action == AuditAction.Create);

        // Back to the defaults, for the other tests of the class.
        var back = await admin.AntiforgeryTokenAsync("/admin/users");
        await admin.PostAsync("/admin/users", [new("__RequestVerificationToken", back), new("_handler", "two-factor-roles"), .. form.Take(3)]);
    }
}

public sealed class TwoFactorTestsOnSqlite(SqliteApp app) : TwoFactorTests(app), IClassFixture<SqliteApp>;

public sealed class TwoFactorTestsOnPostgres(PostgresApp app) : TwoFactorTests(app), IClassFixture<PostgresApp>;
