using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lantern.Web.Features.Coalition.Api;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Coalition;

/// <summary>The coalition service map through its JSON API and its pages, on a real database.</summary>
public abstract class ServiceMapTests(LanternFactory app)
{

    private sealed record Place(int Country, int Region, int Town, int OtherTown);

    /// <summary>A country with one region holding two towns; names are unique to the test.</summary>
    private static async Task<Place> NewPlaceAsync(HttpClient coordinator)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var country = await CreateArea(coordinator, $"Country {tag}", null);
        var region = await CreateArea(coordinator, "North", country);
        return new Place(country, region, await CreateArea(coordinator, "Harbour", region), await CreateArea(coordinator, "Hilltop", region));
    }

    private static async Task<int> CreateArea(HttpClient client, string name, int? parentId)
    {
        var response = await client.PostAsJsonAsync("/api/areas", new { name, parentId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AreaDto>(TestJson.Api))!.Id;
    }

    private static async Task<int> CreateOrganisation(HttpClient client, string name, bool publicListing = true, string languages = "en")
    {
        var response = await client.PostAsJsonAsync("/api/organisations", new { name = $"{name} {Guid.NewGuid().ToString("N")[..8]}", type = "Ngo", languages, publicListing }, TestJson.Api);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrganisationDto>(TestJson.Api))!.Id;
    }

    private static async Task AddService(HttpClient client, int organisationId, string subService, int areaId, params Population[] populations)
    {
        var response = await client.PostAsJsonAsync($"/api/organisations/{organisationId}/services",
            new { subService, areaIds = new[] { areaId }, populations, acceptsReferrals = true, languages = "en, el" }, TestJson.Api);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<CoverageDto> Coverage(HttpClient client, int areaId, int? dup = null)
    {
        var response = await client.GetAsync($"/api/coverage/{areaId}" + (dup is null ? "" : $"?dup={dup}"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<CoverageDto>(TestJson.Api))!;
    }

    private static int Providers(CoverageDto coverage, string subService, Population population) =>
        coverage.Cells.Single(c => c.SubService == subService && c.Population == population).Providers;

    [Fact]
    public async Task Gap_is_reported_when_no_service_covers_a_population()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        var shelter = await CreateOrganisation(coordinator, "Shelter");
        await AddService(coordinator, shelter, "emergency-shelter", place.Town, Population.Children);

        var coverage = await Coverage(coordinator, place.Town);

        Providers(coverage, "emergency-shelter", Population.Children).ShouldBe(1);
        coverage.Cells.Single(c => c.SubService == "emergency-shelter" && c.Population == Population.MenAndBoys).Status.ShouldBe(Lantern.Web.Features.Coalition.Queries.CellStatus.Gap);
        coverage.Needs.ShouldContain(n => n.SubService == "emergency-shelter" && n.Population == Population.MenAndBoys);
        coverage.Needs.ShouldNotContain(n => n.SubService == "emergency-shelter" && n.Population == Population.Children);
        coverage.ServicesByPillar[Pillar.Intervention].ShouldBe(1);
    }

    [Fact]
    public async Task A_service_for_a_region_covers_each_of_its_towns_but_a_town_service_covers_no_neighbour()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        var regional = await CreateOrganisation(coordinator, "Regional");
        var local = await CreateOrganisation(coordinator, "Local");
        await AddService(coordinator, regional, "hotline", place.Region, Population.WomenAndGirls);
        await AddService(coordinator, local, "medical-care", place.Town, Population.WomenAndGirls);

        var town = await Coverage(coordinator, place.Town);
        var neighbour = await Coverage(coordinator, place.OtherTown);
        var country = await Coverage(coordinator, place.Country);

        Providers(town, "hotline", Population.WomenAndGirls).ShouldBe(1);
        Providers(neighbour, "hotline", Population.WomenAndGirls).ShouldBe(1);
        Providers(town, "medical-care", Population.WomenAndGirls).ShouldBe(1);
        Providers(neighbour, "medical-care", Population.WomenAndGirls).ShouldBe(0);
        Providers(country, "medical-care", Population.WomenAndGirls).ShouldBe(1, "a country view counts what happens anywhere inside it");
    }

    [Fact]
    public async Task Duplication_is_flagged_from_three_providers_by_default_and_the_threshold_can_be_changed()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        for (var i = 0; i < 3; i++)
        {
            await AddService(coordinator, await CreateOrganisation(coordinator, $"Counsellor {i}"), "trauma-counselling", place.Town, Population.MigrantsAndRefugees);
        }

        // A second service of the same organisation is not a second provider.
        var busy = await CreateOrganisation(coordinator, "Busy");
        await AddService(coordinator, busy, "peer-support", place.Town, Population.MigrantsAndRefugees);
        await AddService(coordinator, busy, "peer-support", place.Region, Population.MigrantsAndRefugees);

        var coverage = await Coverage(coordinator, place.Town);
        var strict = await Coverage(coordinator, place.Town, dup: 4);

        coverage.DuplicationThreshold.ShouldBe(3);
        coverage.Cells.Single(c => c.SubService == "trauma-counselling" && c.Population == Population.MigrantsAndRefugees).Status
            .ShouldBe(Lantern.Web.Features.Coalition.Queries.CellStatus.Duplicated);
        Providers(coverage, "peer-support", Population.MigrantsAndRefugees).ShouldBe(1);
        strict.Cells.Single(c => c.SubService == "trauma-counselling" && c.Population == Population.MigrantsAndRefugees).Status
            .ShouldBe(Lantern.Web.Features.Coalition.Queries.CellStatus.Covered);
    }

    [Fact]
    public async Task The_coverage_page_draws_the_pie_with_a_text_alternative_and_marks_gaps()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        await AddService(coordinator, await CreateOrganisation(coordinator, "Advocates"), "awareness-raising", place.Town, Population.Children);
        await AddService(coordinator, await CreateOrganisation(coordinator, "Teachers"), "school-curricula", place.Town, Population.Children);
        var browser = await app.BrowserAs(Role.Viewer);

        var page = await browser.PageAsync($"/coalition/coverage/{place.Town}");

        var pie = page.QuerySelector("svg[role=img]")!;
        pie.QuerySelector("title")!.TextContent.ShouldContain("Services by pillar");
        pie.QuerySelector("desc")!.TextContent.ShouldContain("Advocacy 1 (50");
        pie.QuerySelectorAll("path").Length.ShouldBe(2);
        page.QuerySelectorAll("td.gap").Length.ShouldBe(ServiceCatalogue.Entries.Count * 8 - 2);
        var needs = page.QuerySelector("#needs")!.ParentElement!;
        needs.QuerySelectorAll("li .pill").Length.ShouldBe(12, "the twelve most urgent gaps");
        needs.QuerySelectorAll("li > strong").Select(p => p.TextContent).ShouldNotContain("Children", "children are the best served here");
    }

    [Fact]
    public async Task The_directory_finds_services_by_need_area_population_and_language()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        var greekSpeaking = await CreateOrganisation(coordinator, "Greek-speaking legal aid", languages: "el");
        await AddService(coordinator, greekSpeaking, "legal-aid-immigration", place.Region, Population.MigrantsAndRefugees);
        var other = await CreateOrganisation(coordinator, "Elsewhere legal aid");
        await AddService(coordinator, other, "legal-aid-immigration", place.OtherTown, Population.MigrantsAndRefugees);
        var viewer = await app.ApiAs(Role.Viewer);

        var inTown = await viewer.GetFromJsonAsync<List<OrganisationDto>>($"/api/directory?sub=legal-aid-immigration&area={place.Town}&population=migrants-and-refugees", TestJson.Api);
        var wrongPopulation = await viewer.GetFromJsonAsync<List<OrganisationDto>>($"/api/directory?sub=legal-aid-immigration&area={place.Town}&population=children", TestJson.Api);
        var inGreek = await viewer.GetFromJsonAsync<List<OrganisationDto>>($"/api/directory?sub=legal-aid-immigration&area={place.Region}&language=el", TestJson.Api);

        inTown!.Select(o => o.Id).ShouldBe([greekSpeaking]);
        wrongPopulation.ShouldBeEmpty();
        inGreek!.Select(o => o.Id).ShouldBe([greekSpeaking, other], ignoreOrder: true);
        inGreek!.Single(o => o.Id == greekSpeaking).Services!.Single().SubService.ShouldBe("legal-aid-immigration");
    }

    [Fact]
    public async Task The_public_directory_shows_only_organisations_that_opted_in_and_the_hotlines()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        var listed = await CreateOrganisation(coordinator, "Listed shelter", publicListing: true);
        var unlisted = await CreateOrganisation(coordinator, "Quiet shelter", publicListing: false);
        await AddService(coordinator, listed, "long-term-shelter", place.Town, Population.WomenAndGirls);
        await AddService(coordinator, unlisted, "long-term-shelter", place.Town, Population.WomenAndGirls);
        var names = await app.Db(async db => (await db.Organisations.FindAsync(listed))!.Name + "|" + (await db.Organisations.FindAsync(unlisted))!.Name);

        var page = await app.AnonymousBrowser().PageAsync($"/directory?area={place.Town}&sub=long-term-shelter");

        var text = page.Body!.TextContent;
        text.ShouldContain(names.Split('|')[0]);
        text.ShouldNotContain(names.Split('|')[1]);
        text.ShouldContain("National Human Trafficking Hotline");
    }

    [Fact]
    public async Task Bad_input_to_the_api_is_answered_with_the_fields_at_fault_and_nothing_is_stored()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var before = await app.Db(db => Task.FromResult(db.Organisations.Count()));

        var response = await coordinator.PostAsJsonAsync("/api/organisations", new
        {
            name = "", type = "Ngo", email = "not-an-email", website = "javascript:alert(1)", languages = "english!",
        }, TestJson.Api);
        var service = await coordinator.PostAsJsonAsync("/api/organisations/1/services", new { subService = "no-such-thing", areaIds = new[] { 999999 }, populations = Array.Empty<string>() }, TestJson.Api);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("Name", out _).ShouldBeTrue();
        errors.TryGetProperty("Email", out _).ShouldBeTrue();
        errors.TryGetProperty("Website", out _).ShouldBeTrue();
        errors.TryGetProperty("Languages", out _).ShouldBeTrue();
        service.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.NotFound);
        (await app.Db(db => Task.FromResult(db.Organisations.Count()))).ShouldBe(before);
    }

    [Fact]
    public async Task An_area_name_with_a_path_separator_or_an_existing_name_is_refused()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);

        var slash = await coordinator.PostAsJsonAsync("/api/areas", new { name = "North/South", parentId = place.Country });
        var twin = await coordinator.PostAsJsonAsync("/api/areas", new { name = "north", parentId = place.Country });
        var underTown = await coordinator.PostAsJsonAsync("/api/areas", new { name = "Street", parentId = place.Town });

        slash.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        twin.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        underTown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_coordinator_builds_an_organisation_and_service_through_the_pages()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        var browser = await app.BrowserAs(Role.Coordinator);
        var name = $"Page-made {Guid.NewGuid():N}"[..30];

        var created = await browser.SubmitAsync("/coalition/organisations/new", "organisation", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Type"] = "FaithBased", ["Input.Languages"] = "en, it", ["Input.Website"] = "https://example.org",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var organisationUrl = created.Headers.Location!.AbsolutePath;

        var saved = await browser.SubmitAsync($"{organisationUrl}/services/new", "service",
        [
            new("SubService", "peer-support"), new("AreaIds", place.Town.ToString()), new("AreaIds", place.OtherTown.ToString()),
            new("Populations", "children"), new("Populations", "lgbtq2"), new("MonthlyCapacity", "12"), new("Languages", "en"),
            new("AcceptsReferrals", "true"), new("ReferralMethod", "Call first"),
        ]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await browser.PageAsync(organisationUrl);
        var text = page.Body!.TextContent;
        text.ShouldContain("Peer support");
        text.ShouldContain("Harbour");
        text.ShouldContain("Hilltop");
        text.ShouldContain("LGBTQ2+ people");
        text.ShouldContain("Capacity: 12 a month");
        var coverage = await Coverage(coordinator, place.OtherTown);
        Providers(coverage, "peer-support", Population.Lgbtq2).ShouldBe(1);
    }

    [Fact]
    public async Task The_edit_form_opens_filled_with_the_stored_organisation()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var id = await CreateOrganisation(coordinator, "Stored", languages: "en, it");
        var browser = await app.BrowserAs(Role.Coordinator);

        var page = await browser.PageAsync($"/coalition/organisations/{id}/edit");

        page.QuerySelector("input[name='Input.Name']")!.GetAttribute("value").ShouldStartWith("Stored ");
        page.QuerySelector("input[name='Input.Languages']")!.GetAttribute("value").ShouldBe("en,it");
    }

    [Fact]
    public async Task An_organisation_form_with_its_optional_boxes_left_empty_is_saved()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var name = $"Minimal {Guid.NewGuid():N}"[..20];

        var created = await browser.SubmitAsync("/coalition/organisations/new", "organisation", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Type"] = "Ngo", ["Input.Email"] = "", ["Input.Website"] = "", ["Input.Phone"] = "",
            ["Input.Description"] = "", ["Input.Languages"] = "",
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var stored = await app.Db(db => Task.FromResult(db.Organisations.Single(o => o.Name == name)));
        stored.Email.ShouldBeNull();
        stored.Website.ShouldBeNull();
    }

    [Fact]
    public async Task A_viewer_cannot_change_the_map_through_page_forms()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        var organisation = await CreateOrganisation(coordinator, "Kept");
        await AddService(coordinator, organisation, "hotline", place.Town, Population.Children);
        var browser = await app.BrowserAs(Role.Viewer);
        var token = await browser.AntiforgeryTokenAsync("/coalition/areas");

        var addArea = await browser.PostAsync("/coalition/areas/new", [new("__RequestVerificationToken", token), new("_handler", "add-area"), new("Input.Name", "Sneaky")]);
        var delete = await browser.PostAsync($"/coalition/organisations/{organisation}/delete", [new("__RequestVerificationToken", token)]);

        foreach (var response in new[] { addArea, delete })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
        }

        (await app.Db(db => Task.FromResult(db.Areas.Any(a => a.Name == "Sneaky")))).ShouldBeFalse();
        (await app.FindAsync<Organisation>(organisation)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_coordinator_deletes_a_service_and_then_the_organisation_from_its_page()
    {
        var coordinator = await app.ApiAs(Role.Coordinator);
        var place = await NewPlaceAsync(coordinator);
        var organisation = await CreateOrganisation(coordinator, "Closing");
        await AddService(coordinator, organisation, "hotline", place.Town, Population.Children);
        var serviceId = await app.Db(db => Task.FromResult(db.Services.Single(s => s.OrganisationId == organisation).Id));
        var browser = await app.BrowserAs(Role.Coordinator);
        var token = await browser.AntiforgeryTokenAsync($"/coalition/organisations/{organisation}");

        var withoutToken = await browser.PostAsync($"/coalition/services/{serviceId}/delete", []);
        var service = await browser.PostAsync($"/coalition/services/{serviceId}/delete", [new("__RequestVerificationToken", token)]);
        var whole = await browser.PostAsync($"/coalition/organisations/{organisation}/delete", [new("__RequestVerificationToken", token)]);

        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        service.Headers.Location!.OriginalString.ShouldBe($"/coalition/organisations/{organisation}");
        whole.Headers.Location!.OriginalString.ShouldBe("/coalition/organisations");
        (await app.FindAsync<Organisation>(organisation)).ShouldBeNull();
        Providers(await Coverage(coordinator, place.Town), "hotline", Population.Children).ShouldBe(0);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_service_map_api()
    {
        var document = await app.Anonymous().GetStringAsync("/openapi/v1.json");

        document.ShouldContain("/api/organisations");
        document.ShouldContain("/api/coverage/{areaId}");
        document.ShouldContain("/api/areas");
    }
}

public sealed class ServiceMapTestsOnSqlite(SqliteApp app) : ServiceMapTests(app), IClassFixture<SqliteApp>;

public sealed class ServiceMapTestsOnPostgres(PostgresApp app) : ServiceMapTests(app), IClassFixture<PostgresApp>;
