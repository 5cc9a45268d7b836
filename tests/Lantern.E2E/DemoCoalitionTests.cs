using Lantern.Web.Features.Account;
using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Demo;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Lantern.E2E;

/// <summary>What a newcomer sees after `--demo`: a populated coverage page. Also keeps the README's picture.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoCoalitionTests(LanternServer server)
{
    private const string Email = "demo-viewer@coalition.example";
    private const string Password = "demo viewer passphrase";

    [Fact]
    public Task A_viewer_sees_all_four_slices_and_ranked_needs_for_the_demo_country() =>
        server.RunAsync(nameof(A_viewer_sees_all_four_slices_and_ranked_needs_for_the_demo_country), async page =>
        {
            await DemoCoalition.SeedAsync(server.Services);
            using (var scope = server.Services.CreateScope())
            {
                var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
                if (await accounts.FindByEmailAsync(Email) is null)
                {
                    (await accounts.CreateAsync(Email, Password, Role.Viewer)).ShouldBeEmpty();
                }
            }

            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("Email").FillAsync(Email);
            await page.GetByLabel("Password").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.GotoAsync("/coalition/coverage");
            await page.GetByRole(AriaRole.Link, new() { Name = DemoCoalition.CountryName }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Coverage in {DemoCoalition.CountryName}" })).ToBeVisibleAsync();
            var pie = page.GetByRole(AriaRole.Img, new() { Name = $"Services by pillar in {DemoCoalition.CountryName}" });
            await Expect(pie.Locator("path")).ToHaveCountAsync(4);
            await Expect(page.Locator("section[aria-labelledby=needs] li .pill")).ToHaveCountAsync(12);
            (await page.Locator("td.gap").CountAsync()).ShouldBeGreaterThan(0);
            (await page.Locator("td a").CountAsync()).ShouldBeGreaterThan(10, "the demo fills many cells");

            await SaveReadmeScreenshotAsync(page);
        });

    /// <summary>With LANTERN_SCREENSHOT_DIR set, keeps a picture of the page for the README.</summary>
    private static async Task SaveReadmeScreenshotAsync(IPage page)
    {
        var directory = Environment.GetEnvironmentVariable("LANTERN_SCREENSHOT_DIR");
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        await page.SetViewportSizeAsync(1280, 1100);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, "coverage.png") });
    }
}

/// <summary>The demo gets a server of its own, so the first-run journey still starts from an empty install.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<LanternServer>
{
    public const string Name = "Demo server and browser";
}
