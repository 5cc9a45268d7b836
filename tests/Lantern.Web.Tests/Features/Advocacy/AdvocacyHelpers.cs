using System.Net;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Advocacy;

/// <summary>Works the planner's pages the way a coordinator does, for the tests of each step.</summary>
internal static class AdvocacyHelpers
{
    public static async Task<int> CreateCampaignAsync(this Browser browser, string name, bool isPrivate = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.IssueOfConcern"] = "Deceptive job adverts recruit displaced women.", ["Input.Vision"] = "A world free of e-trafficking.",
            ["Input.Status"] = "Active", ["Input.StartDate"] = "2026-01-01", ["Input.EndDate"] = "2026-12-31",
        };
        if (isPrivate)
        {
            fields["Input.IsPrivate"] = "true";
        }

        var response = await browser.SubmitAsync("/advocacy/new", "campaign", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Posts a form and expects the redirect that means it was saved.</summary>
    public static async Task SaveAsync(this Browser browser, string url, string formName, Dictionary<string, string> fields)
    {
        var response = await browser.SubmitAsync(url, formName, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{url}: {await Body(response)}");
    }

    /// <summary>Posts a form that should be refused, and returns the page's alert and validation texts.</summary>
    public static async Task<string> RefusedAsync(this Browser browser, string url, string formName, Dictionary<string, string> fields)
    {
        var response = await browser.SubmitAsync(url, formName, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a refused form is shown again with its problems");
        var page = await Browser.ParseAsync(response);
        return string.Join(" | ", page.QuerySelectorAll("[role=alert], .validation-errors li, .validation-message").Select(e => e.TextContent.Trim()));
    }

    /// <summary>A second person with <paramref name="role"/>, for tests about who may see what.</summary>
    public static async Task<Browser> BrowserAsNewUserAsync(this LanternFactory app, Role role, string email)
    {
        await app.WithScope(async services =>
        {
            var accounts = services.GetRequiredService<AccountService>();
            if (await accounts.FindByEmailAsync(email) is null)
            {
                (await accounts.CreateAsync(email, LanternFactory.Password, role)).ShouldBeEmpty();
                // Like the fixture's own users: two factors with the known key, so any role can sign in.
                await LanternFactory.EnrolAsync(services, email, TwoFactorCodes.FixtureKey);
            }
        });
        return await app.SignInAsync(app.AnonymousBrowser(), email);
    }

    public static string Unique(string stem) => $"{stem} {Guid.NewGuid():N}"[..(stem.Length + 9)];

    private static async Task<string> Body(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(text);
        var problems = page.QuerySelectorAll("[role=alert], .validation-errors li").Select(e => e.TextContent.Trim()).ToList();
        return problems.Count > 0 ? string.Join(" | ", problems) : text[..Math.Min(text.Length, 400)];
    }
}
