using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Lantern.E2E;

/// <summary>
/// A frontline worker on a phone (390 px wide): signs in, is sent to set up two factors, scans the
/// QR code, keeps the recovery codes, signs out, signs in again with password and code, and fills in
/// the screening checklist.
/// </summary>
[Collection(TwoFactorCollection.Name)]
public sealed class TwoFactorJourneyTests(LanternServer server)
{
    private const string Email = "frontline@coalition.example";
    private const string Password = "frontline e2e passphrase";

    [Fact]
    public async Task Frontline_worker_enrols_in_two_factors_on_a_phone_and_signs_in_with_them()
    {
        using (var scope = server.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            (await accounts.CreateAsync("admin@coalition.example", "an administrator passphrase", Role.Administrator)).ShouldBeEmpty();
            (await accounts.CreateAsync(Email, Password, Role.Frontline)).ShouldBeEmpty();
        }

        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "en-GB",
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        try
        {
            await SignInWithPasswordAsync(page);
            (await FitsThePhoneAsync(page)).ShouldBeTrue("the enrolment page fits 390 px without sideways scrolling");
            var key = await TwoFactorSteps.EnrolAsync(page);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Sign out {Email}" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = $"Sign out {Email}" }).ClickAsync();
            await SignInWithPasswordAsync(page);
            page.PathOf().ShouldBe("/account/sign-in/code");
            (await FitsThePhoneAsync(page)).ShouldBeTrue("the code page fits 390 px");
            // The enrolment used this step's code, and a code is accepted once: the app's next one.
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Code", Exact = true }).FillAsync(TwoFactorSteps.Code(key, stepsAhead: 1));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Sign out {Email}" })).ToBeVisibleAsync();
            await page.GotoAsync("/coalition/organisations");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organisations" })).ToBeVisibleAsync();

            // The screening checklist, filled in on the phone: an adult recruited by deception for forced labour.
            await page.GotoAsync("/cases/screening");
            (await FitsThePhoneAsync(page)).ShouldBeTrue("the screening checklist fits 390 px");
            await page.GetByRole(AriaRole.Radio, new() { Name = "No, 18 or older" }).CheckAsync();
            foreach (var code in (string[])["ilo.deception", "act.recruitment", "means.deception", "purpose.forced_labour"])
            {
                await page.Locator($"input[value='{code}']").CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Propose a status" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Proposed: Actual victim of trafficking" })).ToBeVisibleAsync();
        }
        catch
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "e2e-failures");
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, nameof(TwoFactorJourneyTests) + ".png"), FullPage = true });
            throw;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task SignInWithPasswordAsync(IPage page)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>
    /// Whether the page the journey is on needs no sideways scrolling at 390 px. The journey's own
    /// context runs no script, so a second one with the same cookies opens the page and measures it.
    /// </summary>
    private async Task<bool> FitsThePhoneAsync(IPage page)
    {
        var measuring = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            StorageState = await page.Context.StorageStateAsync(),
        });
        try
        {
            var copy = await measuring.NewPageAsync();
            await copy.GotoAsync(page.Url);
            copy.PathOf().ShouldBe(page.PathOf());
            return await copy.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390;
        }
        finally
        {
            await measuring.CloseAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TwoFactorCollection : ICollectionFixture<LanternServer>
{
    public const string Name = "Two factors: Lantern server and browser";
}
