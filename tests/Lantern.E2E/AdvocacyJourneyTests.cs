using Lantern.Testing;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Lantern.E2E;

/// <summary>
/// A coordinator plans a campaign in the browser: the issue, four targets in the four quadrants of
/// the matrix, a risk, an indicator with two readings, and the strategy downloaded as a PDF.
/// </summary>
[Collection(AdvocacyCollection.Name)]
public sealed class AdvocacyJourneyTests(LanternServer server)
{
    private const string Email = "advocate@coalition.example";
    private const string Password = "advocacy e2e passphrase";
    private const string Campaign = "Safer job adverts for displaced women";

    [Fact]
    public Task Coordinator_plans_a_campaign_and_downloads_the_strategy_as_pdf() =>
        server.RunAsync(nameof(Coordinator_plans_a_campaign_and_downloads_the_strategy_as_pdf), async page =>
        {
            await SignInAsCoordinatorAsync(page);
            await CreateTheCampaignAsync(page);
            await PlaceFourTargetsAsync(page);
            await AddARiskAsync(page);
            await AddAnIndicatorWithTwoReadingsAsync(page);

            var text = await DownloadThePdfAsync(page);

            text.ShouldContain(Campaign);
            text.ShouldContain("Deceptive job adverts on social media");
            text.ShouldContain("EU Anti-Trafficking Coordinator");
            text.ShouldContain("Minister of the Interior");
            text.ShouldContain("Prioritise");
            text.ShouldContain("Reach through people close to them");
            // Table cells wrap, and their lines interleave with the neighbouring cells' in the extracted text.
            foreach (var cell in (string[])["Funding for the campaign ends early", "Media articles on e-trafficking", "On track"])
            {
                PdfText.HasWordsInOrder(text, cell).ShouldBeTrue($"the PDF's tables hold \"{cell}\"");
            }
        });

    private async Task SignInAsCoordinatorAsync(IPage page)
    {
        using (var scope = server.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            if (await accounts.FindByEmailAsync(Email) is null)
            {
                (await accounts.CreateAsync(Email, Password, Role.Coordinator)).ShouldBeEmpty();
            }
        }

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Coordinators need two factors: a new one is sent to set them up first.
        await TwoFactorSteps.EnrolAsync(page);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Advocacy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Advocacy campaigns" })).ToBeVisibleAsync();
    }

    private static async Task CreateTheCampaignAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "New campaign" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync(Campaign);
        await page.GetByLabel("Issue of concern").FillAsync("Deceptive job adverts on social media recruit displaced women into exploitation.");
        await page.GetByLabel("Vision").FillAsync("A world free of e-trafficking for women and girls.");
        await page.GetByLabel("Start date").FillAsync("2026-01-01");
        await page.GetByLabel("End date").FillAsync("2026-12-31");
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Active" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save campaign" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Campaign, Level = 1 })).ToBeVisibleAsync();
        page.PathOf().ShouldMatch("^/advocacy/[0-9]+$");
    }

    private static async Task PlaceFourTargetsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Steps" }).GetByRole(AriaRole.Link, new() { Name = "4 Targets" }).ClickAsync();

        // One from the catalogue, three written by hand: one target in each quadrant.
        await page.GetByText("EU institutions and networks").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add EU Anti-Trafficking Coordinator" }).ClickAsync();
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("EU Anti-Trafficking Coordinator");
        await RateAsync(page, "High impact", "Easy to influence");
        await AddTargetAsync(page, "Minister of the Interior", "High impact", "Difficult to influence");
        await AddTargetAsync(page, "Local journalists' association", "Low impact", "Easy to influence");
        await AddTargetAsync(page, "Gaming platform", "Low impact", "Difficult to influence");

        var matrix = page.GetByRole(AriaRole.Img, new() { Name = "Target matrix: impact by ease of influence" });
        await Expect(matrix.Locator("circle")).ToHaveCountAsync(4);
        foreach (var (quadrant, target) in new[]
                 {
                     ("Prioritise", "EU Anti-Trafficking Coordinator"), ("Reach through people close to them", "Minister of the Interior"),
                     ("Get support and information", "Local journalists' association"), ("Monitor", "Gaming platform"),
                 })
        {
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = quadrant, Exact = true })).ToContainTextAsync(target);
        }
    }

    private static async Task AddTargetAsync(IPage page, string name, string impact, string influence)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add your own target" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Group").SelectOptionAsync(new SelectOptionValue { Label = "Other" });
        await RateAsync(page, impact, influence);
    }

    private static async Task RateAsync(IPage page, string impact, string influence)
    {
        await page.GetByLabel(impact, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(influence, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save target" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "4 · Targets" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    private static async Task AddARiskAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Steps" }).GetByRole(AriaRole.Link, new() { Name = "7 Risks and challenges" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add risk" }).ClickAsync();
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Lack of funding or people" });
        await page.GetByLabel("Risk or challenge").FillAsync("Funding for the campaign ends early");
        await page.GetByLabel("Likelihood").SelectOptionAsync("High");
        await page.GetByLabel("Impact").SelectOptionAsync("High");
        await page.GetByLabel("Mitigation").FillAsync("Apply to two more funders and share staff with partners.");
        await page.GetByLabel("Owner").FillAsync("Dana");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save risk" }).ClickAsync();

        var heat = page.GetByRole(AriaRole.Img, new() { Name = "Risk heat map: likelihood by impact" });
        await Expect(heat.Locator("desc")).ToContainTextAsync("#1 Funding for the campaign ends early: likelihood High, impact High, overall High.");
    }

    private static async Task AddAnIndicatorWithTwoReadingsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Steps" }).GetByRole(AriaRole.Link, new() { Name = "8 Monitoring and evaluation" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add indicator" }).ClickAsync();
        await page.GetByLabel("Outcome indicator").CheckAsync();
        await page.GetByLabel("Indicator", new() { Exact = true }).FillAsync("Media articles on e-trafficking");
        await page.GetByLabel("Unit").FillAsync("articles");
        await page.GetByLabel("Baseline", new() { Exact = true }).FillAsync("10");
        await page.GetByLabel("Baseline date").FillAsync("2026-01-01");
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("30");
        await page.GetByLabel("Due date").FillAsync("2026-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save indicator" }).ClickAsync();

        foreach (var (date, value) in new[] { ("2026-04-01", "15"), ("2026-07-01", "21") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Add reading" }).ClickAsync();
            await page.GetByLabel("Date").FillAsync(date);
            await page.GetByLabel("Value").FillAsync(value);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save reading" }).ClickAsync();
        }

        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Progress of Media articles on e-trafficking" });
        await Expect(chart.Locator("circle")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Log frame" })).ToContainTextAsync("On track");
    }

    private static async Task<string> DownloadThePdfAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Steps" }).GetByRole(AriaRole.Link, new() { Name = "Print" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "4 · Targets" })).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("safer-job-adverts-for-displaced-women.pdf");
        var path = await download.PathAsync();
        return await PdfText.ExtractAsync(await File.ReadAllBytesAsync(path));
    }
}

/// <summary>The planner's journey gets a server of its own, so the first-run journey still starts from an empty install.</summary>
[CollectionDefinition(Name)]
public sealed class AdvocacyCollection : ICollectionFixture<LanternServer>
{
    public const string Name = "Advocacy server and browser";
}
