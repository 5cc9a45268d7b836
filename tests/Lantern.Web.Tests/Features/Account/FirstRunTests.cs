using System.Net;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>Runs on its own fresh database: the first-run page only exists before any administrator does.</summary>
public sealed class FirstRunTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_first_visitor_creates_the_administrator_and_the_page_then_disappears()
    {
        var browser = app.AnonymousBrowser();
        var home = await browser.Client.GetAsync("/");
        home.Headers.Location!.AbsolutePath.ShouldBe("/setup");

        var created = await browser.SubmitAsync("/setup", "setup", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "First Admin", ["Input.Email"] = "first@lantern.test",
            ["Input.Password"] = "first admin password", ["Input.Confirm"] = "first admin password",
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Administrators need two factors: the first thing the new administrator does is set them up.
        var users = await browser.Client.GetAsync("/admin/users");
        users.Headers.Location!.OriginalString.ShouldBe("/account/two-factor?returnUrl=%2Fadmin%2Fusers");
        var enrolment = await browser.PageAsync(users.Headers.Location.OriginalString);
        var key = TwoFactorCodes.KeyFromPage(enrolment.QuerySelector(".token-secret")!.TextContent);
        (await browser.SubmitAsync(users.Headers.Location.OriginalString, "enrol", new Dictionary<string, string> { ["Input.Code"] = TwoFactorCodes.CodeNow(key) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Client.GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Anonymous().GetAsync("/setup")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A second attempt, even with a valid token from before, creates nobody.
        var latecomer = app.AnonymousBrowser();
        var token = await latecomer.AntiforgeryTokenAsync("/account/sign-in");
        await latecomer.PostAsync("/setup", [
            new("__RequestVerificationToken", token), new("_handler", "setup"), new("Input.Email", "intruder@lantern.test"),
            new("Input.Password", "intruder password"), new("Input.Confirm", "intruder password")]);
        var admins = await app.WithScope(services =>
            services.GetRequiredService<UserManager<Lantern.Web.Data.LanternUser>>().GetUsersInRoleAsync(nameof(Role.Administrator)));
        admins.Select(a => a.Email).ShouldBe(["first@lantern.test"]);
    }
}

/// <summary>A host with a low sign-in limit, to see the limiter answer.</summary>
public sealed class LowRateLimitApp() : LanternFactory(Lantern.Web.Data.DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        ["RateLimits:SignInPerMinute"] = "3",
    };
}

public sealed class RateLimitTests(LowRateLimitApp app) : IClassFixture<LowRateLimitApp>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_while_reading_the_form_stays_free()
    {
        var browser = app.AnonymousBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await browser.SubmitAsync("/account/sign-in", "sign-in", new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@lantern.test", ["Input.Password"] = "wrong password " + i,
            });
            statuses.Add(response.StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        (await browser.Client.GetAsync("/account/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
