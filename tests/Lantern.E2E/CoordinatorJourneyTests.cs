using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Lantern.E2E;

/// <summary>
/// The first hour with Lantern, through the browser: set up the install, map a country and a
/// region, add an organisation with one service, and watch the coverage and directory follow.
/// </summary>
[Collection(LanternCollection.Name)]
public sealed class CoordinatorJourneyTests(LanternServer server)
{
    private const string Email = "casey@coalition.example";
    private const string Password = "lantern-e2e-passphrase";
    private const string Country = "Testland";
    private const string Region = "North Testland";
    private const string Organisation = "Safe Harbour Testland";
    private const string SubService = "Emergency shelter";
    private const string Population = "Children";

    [Fact]
    public Task Coordinator_sets_up_Lantern_adds_a_service_and_sees_the_gap_close() =>
        server.RunAsync(nameof(Coordinator_sets_up_Lantern_adds_a_service_and_sees_the_gap_close), async page =>
        {
            await SetUpTheFirstAdministratorAsync(page);
            await AddACountryAndARegionAsync(page);

            var before = await OpenCoverageOfTheCountryAsync(page);
            await Expect(before.Cell).ToHaveTextAsync("gap");
            await Expect(before.Pie.Locator("desc")).ToHaveTextAsync("No data.");
            before.Gaps.ShouldBe(before.Cells, "with no service yet, every cell of the matrix is a gap");

            await CreateAnOrganisationWithAServiceAsync(page);

            var after = await OpenCoverageOfTheCountryAsync(page);
            await Expect(after.Pie.Locator("title").First).ToHaveTextAsync($"Services by pillar in {Country}");
            await Expect(after.Pie.Locator("g > title")).ToHaveTextAsync(new Regex("^Intervention: 1 "));
            await Expect(after.Pie.Locator("desc")).ToContainTextAsync("Intervention 1");
            var slices = page.GetByRole(AriaRole.Region, new() { Name = "The four slices" });
            await Expect(slices.GetByRole(AriaRole.Row).Filter(new() { HasText = "Intervention" }).GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("1");
            var one = after.Cell.GetByRole(AriaRole.Link, new() { Name = "1", Exact = true });
            await Expect(one).ToBeVisibleAsync();
            await Expect(one).ToHaveAttributeAsync("href", new Regex("sub=emergency-shelter&population=children$"));
            after.Gaps.ShouldBe(before.Gaps - 1, "the one new service closes exactly one gap");
            after.Gaps.ShouldBeGreaterThan(0);
            await Expect(page.GetByText($"{after.Gaps} of {after.Cells} cells have no provider")).ToBeVisibleAsync();

            await FindTheOrganisationInTheDirectoryAsync(page);
        });

    private async Task SetUpTheFirstAdministratorAsync(IPage page)
    {
        await page.GotoAsync("/");

        page.PathOf().ShouldBe("/setup", "a fresh install sends its first visitor to create the administrator");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Lantern" })).ToBeVisibleAsync();
        await page.GetByLabel("Your name").FillAsync("Casey Coordinator");
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password (at least 12 characters)").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        // Administrators need two factors: the new one sets them up before anything else.
        await TwoFactorSteps.EnrolAsync(page);

        await Expect(page).ToHaveURLAsync(server.BaseAddress.ToString());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Sign out {Email}" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Coverage" })).ToBeVisibleAsync();
    }

    private static async Task AddACountryAndARegionAsync(IPage page)
    {
        await page.GotoAsync("/coalition/areas");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Areas", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("No areas yet.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add area" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync(Country);
        await page.GetByLabel("Inside").SelectOptionAsync(new SelectOptionValue { Label = "(a new country)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add area" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Added {Country}");

        await page.GetByLabel("Name").FillAsync(Region);
        await page.GetByLabel("Inside").SelectOptionAsync(new SelectOptionValue { Label = Country });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add area" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Added {Region}");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "← Areas" }).ClickAsync();
        var country = page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Country, Exact = true }) });
        await Expect(country).ToContainTextAsync("(country)");
        var region = country.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Region, Exact = true }) });
        await Expect(region).ToContainTextAsync("(region)");
    }

    private sealed record Coverage(ILocator Pie, ILocator Cell, int Gaps, int Cells);

    private static async Task<Coverage> OpenCoverageOfTheCountryAsync(IPage page)
    {
        await page.GotoAsync("/coalition/coverage");
        await page.GetByRole(AriaRole.Link, new() { Name = Country, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Coverage in {Country}", Exact = true })).ToBeVisibleAsync();
        page.PathOf().ShouldMatch("^/coalition/coverage/[0-9]+$");

        var pie = page.GetByRole(AriaRole.Img, new() { Name = $"Services by pillar in {Country}" });
        await Expect(pie).ToBeVisibleAsync();

        var matrix = page.GetByRole(AriaRole.Table, new() { Name = "Number of organisations providing each sub-service to each population" });
        var columns = (await matrix.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).Select(text => text.Trim()).ToList();
        var population = columns.IndexOf(Population);
        population.ShouldBeGreaterThan(0, $"the matrix has a {Population} column");
        var row = matrix.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = SubService }) });
        await Expect(row).ToHaveCountAsync(1);
        // The first column is the row header (a th), so data cells are shifted by one.
        var cell = row.GetByRole(AriaRole.Cell).Nth(population - 1);

        var gaps = await matrix.GetByRole(AriaRole.Cell, new() { Name = "gap", Exact = true }).CountAsync();
        var cells = await matrix.GetByRole(AriaRole.Cell).CountAsync();
        cells.ShouldBe(await matrix.GetByRole(AriaRole.Rowheader).CountAsync() * (columns.Count - 1));
        return new Coverage(pie, cell, gaps, cells);
    }

    private static async Task CreateAnOrganisationWithAServiceAsync(IPage page)
    {
        await page.GotoAsync("/coalition/organisations/new");
        await page.GetByLabel("Name").FillAsync(Organisation);
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "NGO" });
        await page.GetByLabel("Description").FillAsync("Shelter and case work for children identified in the north.");
        await page.GetByLabel("Email").FillAsync("intake@safe-harbour.example");
        await page.GetByLabel("Phone").FillAsync("+1 555 0100");
        await page.GetByLabel("Website").FillAsync("https://safe-harbour.example");
        await page.GetByLabel("Languages").FillAsync("en, it");
        await page.GetByLabel("List this organisation in the public directory").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Organisation, Level = 1 })).ToBeVisibleAsync();
        page.PathOf().ShouldMatch("^/coalition/organisations/[0-9]+$");
        var organisationPath = page.PathOf();
        await Expect(page.GetByText("No services yet.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add service" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"New service of {Organisation}" })).ToBeVisibleAsync();
        await page.GetByLabel("Sub-service").SelectOptionAsync(new SelectOptionValue { Label = SubService });
        var areas = page.GetByLabel("Areas served");
        await areas.SelectOptionAsync([await areas.OptionValueAsync(Region)]);
        await page.GetByLabel(Population, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Monthly capacity").FillAsync("12");
        await page.GetByLabel("Accepts referrals").CheckAsync();
        await page.GetByLabel("How to refer").FillAsync("Phone the intake line.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save service" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = SubService, Level = 3 })).ToBeVisibleAsync();
        page.PathOf().ShouldBe(organisationPath);
        await Expect(page.GetByText("No services yet.")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    private static async Task FindTheOrganisationInTheDirectoryAsync(IPage page)
    {
        await page.GotoAsync("/coalition/directory");
        var search = page.GetByRole(AriaRole.Search);
        await search.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = Country });
        await search.GetByLabel("Population").SelectOptionAsync(new SelectOptionValue { Label = Population });
        await search.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();

        await Expect(page.GetByText("1 organisation", new() { Exact = true })).ToBeVisibleAsync();
        new Uri(page.Url).Query.ShouldContain("population=children");
        var result = page.GetByRole(AriaRole.Heading, new() { Name = Organisation, Level = 2 });
        await Expect(result).ToBeVisibleAsync();
        await Expect(result.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new Regex("^/coalition/organisations/[0-9]+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = SubService, Level = 3 })).ToBeVisibleAsync();

        // The filter really filters: nobody in Testland serves men and boys yet.
        await search.GetByLabel("Population").SelectOptionAsync(new SelectOptionValue { Label = "Men and boys" });
        await search.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Expect(page.GetByText("No service matches.")).ToBeVisibleAsync();
        await Expect(result).ToHaveCountAsync(0);
    }
}
