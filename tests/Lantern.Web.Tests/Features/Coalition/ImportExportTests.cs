using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AngleSharp.Html.Parser;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantern.Web.Features.Coalition.Api;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Features.Coalition.Transfer;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Spreadsheets;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Coalition;

/// <summary>
/// Organisations and services in and out as files: the import is all or nothing and says where
/// every problem is; the export is safe to open in a spreadsheet and imports back unchanged.
/// The database is shared by the tests of a class, so every test makes its own areas and
/// organisations under unique names.
/// </summary>
public abstract class ImportExportTests(LanternFactory app)
{
    private const string CsvType = "text/csv";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string FullHeader =
        "organisation,organisation_type,description,email,phone,website,organisation_languages,public_listing," +
        "sub_service,areas,populations,monthly_capacity,service_languages,accepts_referrals,referral_method,service_description";


    private sealed record Place(string Country, int CountryId, string Region, int RegionId)
    {
        public string RegionPath => $"{Country}/{Region}";
    }

    [Fact]
    public async Task Importing_a_valid_csv_creates_the_organisations_and_their_services()
    {
        var place = await NewPlaceAsync();
        var shelter = Unique("Shelter");
        var ministry = Unique("Ministry");
        var before = await CountsAsync();

        var (status, report) = await ImportAsync(Csv(
            FullHeader,
            $"{shelter},ngo,Shelter network,info@shelter.test,+30 210 1234567,https://shelter.test,en; el,yes,emergency-shelter,{place.RegionPath},women-and-girls; children,12,en; el,yes,Call the duty phone,Beds for adults and children",
            $"{shelter},ngo,Shelter network,info@shelter.test,+30 210 1234567,https://shelter.test,en; el,yes,legal-support,{place.Country},all,,en,no,,",
            $"{ministry},government,,,,,,no,,,,,,,,"));

        status.ShouldBe(HttpStatusCode.OK, Describe(report));
        report.Applied.ShouldBeTrue();
        report.OrganisationsCreated.ShouldBe(2);
        report.OrganisationsUpdated.ShouldBe(0);
        report.ServicesCreated.ShouldBe(2);
        report.ServicesAlreadyPresent.ShouldBe(0);
        report.Problems.ShouldBeEmpty();
        (await CountsAsync()).ShouldBe((before.Organisations + 2, before.Services + 2));

        var stored = await OrganisationAsync(shelter);
        stored.Type.ShouldBe(OrganisationType.Ngo);
        stored.Description.ShouldBe("Shelter network");
        stored.Email.ShouldBe("info@shelter.test");
        stored.Phone.ShouldBe("+30 210 1234567");
        stored.Website.ShouldBe("https://shelter.test");
        stored.Languages.ShouldBe("en,el");
        stored.PublicListing.ShouldBeTrue();
        stored.Services.Select(s => s.SubService!.Code).ShouldBe(["emergency-shelter", "legal-support"], ignoreOrder: true);

        var beds = stored.Services.Single(s => s.SubService!.Code == "emergency-shelter");
        beds.Areas.Select(a => a.AreaId).ShouldBe([place.RegionId]);
        beds.Populations.Select(p => p.Population).ShouldBe([Population.WomenAndGirls, Population.Children], ignoreOrder: true);
        beds.MonthlyCapacity.ShouldBe(12);
        beds.Languages.ShouldBe("en,el");
        beds.AcceptsReferrals.ShouldBeTrue();
        beds.ReferralMethod.ShouldBe("Call the duty phone");
        beds.Description.ShouldBe("Beds for adults and children");

        var legal = stored.Services.Single(s => s.SubService!.Code == "legal-support");
        legal.Areas.Select(a => a.AreaId).ShouldBe([place.CountryId]);
        legal.Populations.Select(p => p.Population).ShouldBe(Enum.GetValues<Population>(), ignoreOrder: true);
        legal.MonthlyCapacity.ShouldBeNull();
        legal.AcceptsReferrals.ShouldBeFalse();

        // The API sees what the import wrote.
        var api = await app.ApiAs(Role.Viewer);
        var page = await api.GetFromJsonAsync<Page<OrganisationDto>>($"/api/organisations?q={Uri.EscapeDataString(ministry)}", TestJson.Api);
        var listed = page.ShouldNotBeNull().Items.ShouldHaveSingleItem();
        listed.Type.ShouldBe(OrganisationType.Government);
        var withServices = await api.GetFromJsonAsync<OrganisationDto>($"/api/organisations/{listed.Id}", TestJson.Api);
        withServices.ShouldNotBeNull().Services.ShouldNotBeNull().ShouldBeEmpty();
    }

    [Fact]
    public async Task Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        var place = await NewPlaceAsync();
        var shelter = Unique("Shelter");
        var file = Csv(
            "organisation,organisation_type,sub_service,areas,populations",
            $"{shelter},ngo,emergency-shelter,{place.RegionPath},children",
            $"{shelter},ngo,medical-care,{place.Country},all",
            $"{Unique("Ministry")},government,,,");

        var (firstStatus, first) = await ImportAsync(file);
        firstStatus.ShouldBe(HttpStatusCode.OK, Describe(first));
        first.OrganisationsCreated.ShouldBe(2);
        first.ServicesCreated.ShouldBe(2);
        var afterFirst = await CountsAsync();

        var (secondStatus, second) = await ImportAsync(file);

        secondStatus.ShouldBe(HttpStatusCode.OK, Describe(second));
        second.Applied.ShouldBeTrue();
        second.OrganisationsCreated.ShouldBe(0);
        second.OrganisationsUpdated.ShouldBe(2);
        second.ServicesCreated.ShouldBe(0);
        second.ServicesAlreadyPresent.ShouldBe(2);
        (await CountsAsync()).ShouldBe(afterFirst);
    }

    [Fact]
    public async Task Importing_an_edited_file_adds_only_the_new_services_and_updates_the_organisation()
    {
        var place = await NewPlaceAsync();
        var shelter = Unique("Shelter");
        (await ImportAsync(Csv(
            "organisation,organisation_type,description,sub_service,areas,populations",
            $"{shelter},ngo,Old text,emergency-shelter,{place.RegionPath},children"))).Status.ShouldBe(HttpStatusCode.OK);
        var before = await CountsAsync();

        var (status, report) = await ImportAsync(Csv(
            "organisation,organisation_type,description,sub_service,areas,populations",
            $"{shelter},ngo,New text,emergency-shelter,{place.RegionPath},children",
            $"{shelter},ngo,New text,emergency-shelter,{place.Country},children"));

        status.ShouldBe(HttpStatusCode.OK, Describe(report));
        report.OrganisationsUpdated.ShouldBe(1);
        report.ServicesCreated.ShouldBe(1);
        report.ServicesAlreadyPresent.ShouldBe(1);
        (await CountsAsync()).ShouldBe((before.Organisations, before.Services + 1));
        var stored = await OrganisationAsync(shelter);
        stored.Description.ShouldBe("New text");
        stored.Services.Select(s => s.Areas.Single().AreaId).ShouldBe([place.RegionId, place.CountryId], ignoreOrder: true);
    }

    [Fact]
    public async Task A_csv_export_imports_back_cleanly_and_changes_nothing()
    {
        var place = await NewPlaceAsync();
        var prefix = Unique("Round trip");
        var shelter = await CreateOrganisationAsync(new OrganisationInput
        {
            Name = $"{prefix} shelter",
            Type = OrganisationType.FaithBased,
            Description = "- rooms for five, \"quiet\"\nsecond line",
            Email = "desk@shelter.test",
            Phone = "+30 210 1234567",
            Website = "https://shelter.test/",
            Languages = "el, en",
            PublicListing = true,
        });
        await AddServiceAsync(shelter.Id, new ServiceInput
        {
            SubService = "emergency-shelter",
            AreaIds = [place.RegionId],
            Populations = [Population.WomenAndGirls, Population.MigrantsAndRefugees],
            MonthlyCapacity = 0,
            Languages = "el",
            AcceptsReferrals = true,
            ReferralMethod = "+ phone first, then e-mail",
            Description = "Night beds; ask for the duty officer",
        });
        await AddServiceAsync(shelter.Id, new ServiceInput
        {
            SubService = "trauma-counselling",
            AreaIds = [place.CountryId, place.RegionId],
            Populations = [.. Enum.GetValues<Population>()],
        });
        await CreateOrganisationAsync(new OrganisationInput { Name = $"{prefix} unit", Type = OrganisationType.LawEnforcement });
        var detailsBefore = await OrganisationAsync(shelter.Name);
        var before = await CountsAsync();

        var exported = ParseCsv(await ExportCsvAsync(await app.ApiAs(Role.Analyst), "/api/organisations/export?format=csv"));
        var mine = exported.Where(row => row[0].StartsWith(prefix, StringComparison.Ordinal)).ToList();
        mine.Count.ShouldBe(3);
        var (status, report) = await ImportAsync(Encoding.UTF8.GetBytes(WriteCsv([exported[0], .. mine])));

        status.ShouldBe(HttpStatusCode.OK, Describe(report));
        report.OrganisationsCreated.ShouldBe(0);
        report.OrganisationsUpdated.ShouldBe(2);
        report.ServicesCreated.ShouldBe(0);
        report.ServicesAlreadyPresent.ShouldBe(2);
        (await CountsAsync()).ShouldBe(before);
        var detailsAfter = await OrganisationAsync(shelter.Name);
        detailsAfter.Type.ShouldBe(detailsBefore.Type);
        detailsAfter.Description.ShouldBe(detailsBefore.Description);
        detailsAfter.Email.ShouldBe(detailsBefore.Email);
        detailsAfter.Phone.ShouldBe("+30 210 1234567");
        detailsAfter.Website.ShouldBe(detailsBefore.Website);
        detailsAfter.Languages.ShouldBe(detailsBefore.Languages);
        detailsAfter.PublicListing.ShouldBeTrue();
    }

    [Fact]
    public async Task Import_with_a_missing_column_names_row_1_and_the_column()
    {
        var report = await RejectedAsync(Csv(
            "organisation,description",
            $"{Unique("Shelter")},No type column here"));

        var problem = report.Problems.ShouldHaveSingleItem();
        problem.Row.ShouldBe(1);
        problem.Column.ShouldBe("organisation_type");
        problem.Reason.ShouldContain("missing");
    }

    [Fact]
    public async Task Import_with_an_unknown_column_names_row_1_and_the_column()
    {
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,colour",
            $"{Unique("Shelter")},ngo,blue"));

        ShouldReport(report, 1, "colour", "unknown column");
    }

    [Fact]
    public async Task Import_with_values_of_the_wrong_type_reports_each_with_its_row_and_column()
    {
        var place = await NewPlaceAsync();
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,sub_service,areas,populations,monthly_capacity,accepts_referrals",
            $"{Unique("Alien")},alien,,,,,",
            $"{Unique("Capacity")},ngo,emergency-shelter,{place.RegionPath},children,lots,yes",
            $"{Unique("Referrals")},ngo,hotline,{place.Country},all,5,maybe",
            $"{Unique("Fine")},ngo,hotline,{place.Country},all,5,yes"));

        ShouldReport(report, 2, "organisation_type", "\"alien\"");
        ShouldReport(report, 3, "monthly_capacity", "\"lots\"");
        ShouldReport(report, 4, "accepts_referrals", "\"maybe\"");
        report.Problems.Count.ShouldBe(3, Describe(report));
    }

    [Fact]
    public async Task Import_with_an_unknown_sub_service_population_or_language_names_the_cell()
    {
        var place = await NewPlaceAsync();
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,organisation_languages,sub_service,areas,populations",
            $"{Unique("Shelter")},ngo,english,emergency-shelter,{place.Country},children",
            $"{Unique("Spa")},ngo,en,massage,{place.Country},children",
            $"{Unique("Elves")},ngo,en,hotline,{place.Country},elves"));

        ShouldReport(report, 2, "organisation_languages", "language codes");
        ShouldReport(report, 3, "sub_service", "\"massage\"");
        ShouldReport(report, 4, "populations", "\"elves\"");
    }

    [Fact]
    public async Task Import_with_an_unknown_area_path_is_rejected_naming_the_path()
    {
        var place = await NewPlaceAsync();
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,sub_service,areas,populations",
            $"{Unique("Shelter")},ngo,emergency-shelter,{place.RegionPath},children",
            $"{Unique("Atlantis")},ngo,emergency-shelter,{place.Country}/Atlantis; {place.RegionPath},children"));

        var problem = report.Problems.ShouldHaveSingleItem(Describe(report));
        problem.Row.ShouldBe(3);
        problem.Column.ShouldBe("areas");
        problem.Reason.ShouldContain($"{place.Country}/Atlantis");
    }

    [Fact]
    public async Task Area_paths_match_whatever_the_case_and_spacing()
    {
        var place = await NewPlaceAsync();
        var shelter = Unique("Shelter");

        var (status, report) = await ImportAsync(Csv(
            "organisation,organisation_type,sub_service,areas,populations",
            $"{shelter},ngo,emergency-shelter, {place.Country.ToUpperInvariant()} / {place.Region.ToLowerInvariant()} ,children"));

        status.ShouldBe(HttpStatusCode.OK, Describe(report));
        (await OrganisationAsync(shelter)).Services.Single().Areas.Single().AreaId.ShouldBe(place.RegionId);
    }

    [Fact]
    public async Task A_service_without_an_area_or_a_population_is_rejected_naming_the_cells()
    {
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,sub_service,areas,populations",
            $"{Unique("Shelter")},ngo,emergency-shelter,,"));

        ShouldReport(report, 2, "areas", "at least one area");
        ShouldReport(report, 2, "populations", "at least one population");
    }

    [Fact]
    public async Task Service_details_without_a_sub_service_are_rejected()
    {
        var place = await NewPlaceAsync();
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,sub_service,areas,populations",
            $"{Unique("Shelter")},ngo,,{place.Country},children"));

        ShouldReport(report, 2, "areas", "sub_service is empty");
        ShouldReport(report, 2, "populations", "sub_service is empty");
    }

    [Fact]
    public async Task Import_with_a_repeated_row_says_which_row_it_duplicates()
    {
        var place = await NewPlaceAsync();
        var shelter = Unique("Shelter");
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,sub_service,areas,populations",
            $"{shelter},ngo,emergency-shelter,{place.RegionPath},children",
            $"{shelter},ngo,medical-care,{place.RegionPath},children",
            $"{shelter.ToUpperInvariant()},ngo,Emergency-Shelter,{place.RegionPath},children"));

        var problem = report.Problems.ShouldHaveSingleItem(Describe(report));
        problem.Row.ShouldBe(4);
        problem.Reason.ShouldContain("duplicates row 2");
    }

    [Fact]
    public async Task An_organisation_described_differently_on_two_rows_is_rejected()
    {
        var place = await NewPlaceAsync();
        var shelter = Unique("Shelter");
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,phone,sub_service,areas,populations",
            $"{shelter},ngo,+30 210 1234567,emergency-shelter,{place.RegionPath},children",
            $"{shelter},ngo,+30 210 7654321,medical-care,{place.RegionPath},children"));

        ShouldReport(report, 3, "organisation", "row 2");
    }

    [Fact]
    public async Task Formula_cells_are_rejected_with_their_row_and_column_while_a_phone_number_is_accepted()
    {
        var place = await NewPlaceAsync();
        var phoneOnly = Unique("Phone");
        var report = await RejectedAsync(Csv(
            "organisation,organisation_type,description,phone,sub_service,areas,populations,referral_method",
            $"\"=HYPERLINK(\"\"http://evil.test\"\",\"\"{Guid.NewGuid():N}\"\")\",ngo,,,,,,",
            $"{Unique("At")},ngo,@SUM(1+1)*cmd|' /C calc'!A0,,,,,",
            $"{Unique("Plus")},ngo,,,hotline,{place.Country},all,+cmd|' /C calc'!A0",
            $"{phoneOnly},ngo,,+30 210 1234567,,,,"));

        ShouldReport(report, 2, "organisation", "formula");
        ShouldReport(report, 3, "description", "formula");
        ShouldReport(report, 4, "referral_method", "formula");
        report.Problems.Count.ShouldBe(3, Describe(report));

        var (status, accepted) = await ImportAsync(Csv(
            "organisation,organisation_type,phone",
            $"{phoneOnly},ngo,+30 210 1234567"));
        status.ShouldBe(HttpStatusCode.OK, Describe(accepted));
        (await OrganisationAsync(phoneOnly)).Phone.ShouldBe("+30 210 1234567");
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_rejected_with_a_clear_message()
    {
        byte[] file = [.. Csv("organisation,organisation_type", $"{Unique("Fine")},ngo"), .. "Caf"u8, 0xFF, 0xFE, .. ",ngo\n"u8];

        var report = await RejectedAsync(file);

        var problem = report.Problems.ShouldHaveSingleItem();
        problem.Row.ShouldBe(3);
        problem.Reason.ShouldContain("not UTF-8");
    }

    [Fact]
    public async Task A_file_saved_with_a_byte_order_mark_and_semicolons_imports()
    {
        var shelter = Unique("Shelter");

        var (status, report) = await ImportAsync([.. "\uFEFF"u8, .. Csv("organisation;organisation_type;description", $"{shelter};ngo;\"Beds, food; advice\"")]);

        status.ShouldBe(HttpStatusCode.OK, Describe(report));
        (await OrganisationAsync(shelter)).Description.ShouldBe("Beds, food; advice");
    }

    [Fact]
    public async Task An_empty_file_is_rejected_asking_for_a_header()
    {
        var report = await RejectedAsync([]);

        report.Problems.ShouldHaveSingleItem().Reason.ShouldContain("header");
    }

    [Fact]
    public async Task A_50_MB_body_is_refused_without_importing_anything()
    {
        var shelter = Unique("Huge");
        // A valid row followed by blank lines, which on their own would be ignored: only the size is wrong.
        var body = new byte[50 * 1024 * 1024];
        var start = Csv("organisation,organisation_type", $"{shelter},ngo");
        start.CopyTo(body, 0);
        body.AsSpan(start.Length).Fill((byte)'\n');
        var before = await CountsAsync();

        var client = await app.ApiAs(Role.Coordinator);
        var response = await client.PostAsync("/api/organisations/import", Body(body, CsvType));

        await ShouldBeRefusedForSize(response);
        (await CountsAsync()).ShouldBe(before);
        (await app.Db(db => db.Organisations.AnyAsync(o => o.Name == shelter))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_50_MB_body_sent_without_a_length_is_refused_without_importing_anything()
    {
        var shelter = Unique("Huge");
        var start = Csv("organisation,organisation_type", $"{shelter},ngo");
        var before = await CountsAsync();

        var client = await app.ApiAs(Role.Coordinator);
        var response = await client.PostAsync("/api/organisations/import", new UnsizedContent(start, 50 * 1024 * 1024, CsvType));

        await ShouldBeRefusedForSize(response);
        (await CountsAsync()).ShouldBe(before);
        (await app.Db(db => db.Organisations.AnyAsync(o => o.Name == shelter))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_body_that_is_neither_csv_nor_xlsx_gets_415_and_imports_nothing()
    {
        var before = await CountsAsync();
        var client = await app.ApiAs(Role.Coordinator);

        var response = await client.PostAsync("/api/organisations/import", Body(Csv("organisation,organisation_type", $"{Unique("Pdf")},ngo"), "application/pdf"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Formula_text_stored_through_the_api_is_neutralised_in_the_csv_export()
    {
        var (hyperlink, at) = await CreateFormulaOrganisationsAsync();

        var rows = ParseCsv(await ExportCsvAsync(await app.ApiAs(Role.Analyst), "/api/organisations/export?format=csv"));

        var first = rows.Single(r => r[0] == "'" + hyperlink);
        first[2].ShouldBe("'+SUM(1,2)");
        var second = rows.Single(r => r[0] == "'" + at);
        second[2].ShouldBe("'=1+1");
        second[4].ShouldBe("'-2+3+cmd|' /C calc'!A0");
        rows.SelectMany(r => r).Where(cell => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r').ShouldBeEmpty();
    }

    [Fact]
    public async Task Formula_text_stored_through_the_api_is_neutralised_in_the_xlsx_export()
    {
        var (hyperlink, at) = await CreateFormulaOrganisationsAsync();
        var client = await app.ApiAs(Role.Analyst);

        var response = await client.GetAsync("/api/organisations/export?format=xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(XlsxType);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldEndWith(".xlsx");
        var rows = ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        rows[0].ShouldBe(TransferColumns.All);
        var first = rows.Single(r => r[0] == "'" + hyperlink);
        first[2].ShouldBe("'+SUM(1,2)");
        var second = rows.Single(r => r[0] == "'" + at);
        second[2].ShouldBe("'=1+1");
        second[4].ShouldBe("'-2+3+cmd|' /C calc'!A0");
        rows.SelectMany(r => r).Where(cell => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r').ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/organisations/export")]
    [InlineData("/api/organisations/export?format=csv")]
    [InlineData("/coalition/export.csv")]
    public async Task The_csv_export_starts_with_the_header_of_the_transfer_columns(string url)
    {
        var client = await app.ApiAs(Role.Coordinator);

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldEndWith(".csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // The byte order mark makes Excel read the file as UTF-8.
        bytes.AsSpan().StartsWith("\uFEFF"u8).ShouldBeTrue();
        ParseCsv(Encoding.UTF8.GetString(bytes.AsSpan(3)))[0].ShouldBe(TransferColumns.All);
    }

    [Fact]
    public async Task The_xlsx_export_under_coalition_has_the_header_of_the_transfer_columns()
    {
        var client = await app.ApiAs(Role.Coordinator);

        var response = await client.GetAsync("/coalition/export.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ReadXlsx(await response.Content.ReadAsByteArrayAsync())[0].ShouldBe(TransferColumns.All);
    }

    [Fact]
    public async Task An_organisation_without_services_is_exported_as_one_row_with_empty_service_columns()
    {
        var name = Unique("Lonely");
        await CreateOrganisationAsync(new OrganisationInput { Name = name, Type = OrganisationType.Academic, Languages = "en it" });

        var rows = ParseCsv(await ExportCsvAsync(await app.ApiAs(Role.Coordinator), "/api/organisations/export"));

        var row = rows.Single(r => r[0] == name);
        row.Length.ShouldBe(TransferColumns.All.Count);
        row[1].ShouldBe("academic");
        row[6].ShouldBe("en; it");
        row[7].ShouldBe("no");
        row[8..].ShouldAllBe(cell => cell.Length == 0);
    }

    [Fact]
    public async Task A_viewer_may_neither_import_nor_export()
    {
        var viewer = await app.ApiAs(Role.Viewer);
        var before = await CountsAsync();

        var import = await viewer.PostAsync("/api/organisations/import", Body(Csv("organisation,organisation_type", $"{Unique("Viewer")},ngo"), CsvType));
        var csv = await viewer.GetAsync("/api/organisations/export?format=csv");
        var xlsx = await viewer.GetAsync("/api/organisations/export?format=xlsx");
        var page = await viewer.GetAsync("/coalition/export.csv");

        import.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        csv.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_analyst_may_export_but_not_import()
    {
        var analyst = await app.ApiAs(Role.Analyst);
        var before = await CountsAsync();

        var csv = await analyst.GetAsync("/api/organisations/export?format=csv");
        var xlsx = await analyst.GetAsync("/api/organisations/export?format=xlsx");
        var import = await analyst.PostAsync("/api/organisations/import", Body(Csv("organisation,organisation_type", $"{Unique("Analyst")},ngo"), CsvType));

        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        import.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Anonymous_requests_may_neither_import_nor_export()
    {
        var anonymous = app.Anonymous();

        (await anonymous.PostAsync("/api/organisations/import", Body(Csv("organisation,organisation_type", $"{Unique("Anon")},ngo"), CsvType))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/organisations/export")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_coordinator_uploading_a_bad_file_on_the_import_page_sees_each_problem_and_nothing_is_imported()
    {
        var place = await NewPlaceAsync();
        var browser = await app.BrowserAs(Role.Coordinator);
        var before = await CountsAsync();
        var file = Csv(
            "organisation,organisation_type,sub_service,areas,populations,monthly_capacity",
            $"{Unique("Fine")},ngo,hotline,{place.Country},all,3",
            $"{Unique("Capacity")},ngo,hotline,{place.Country},all,lots");

        var response = await UploadAsync(browser, file, "services.csv", await browser.AntiforgeryTokenAsync("/coalition/import"));

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html.Length > 400 ? html[..400] : html);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        page.QuerySelector("[role=alert]").ShouldNotBeNull().TextContent.ShouldContain("Nothing was imported");
        var cells = page.QuerySelectorAll("[role=alert] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToList();
        var problem = cells.ShouldHaveSingleItem();
        problem[0].ShouldBe("3");
        problem[1].ShouldBe("monthly_capacity");
        problem[2].ShouldContain("\"lots\"");
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_coordinator_uploading_a_good_file_on_the_import_page_sees_what_was_imported()
    {
        var place = await NewPlaceAsync();
        var shelter = Unique("Shelter");
        var browser = await app.BrowserAs(Role.Coordinator);
        var file = Csv(
            "organisation,organisation_type,sub_service,areas,populations",
            $"{shelter},ngo,hotline,{place.Country},all",
            $"{shelter},ngo,peer-support,{place.RegionPath},children");

        var response = await UploadAsync(browser, file, "services.csv", await browser.AntiforgeryTokenAsync("/coalition/import"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var status = page.QuerySelector("[role=status]").ShouldNotBeNull().TextContent;
        status.ShouldContain("1 new organisations");
        status.ShouldContain("2 new services");
        (await OrganisationAsync(shelter)).Services.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_file_that_is_neither_csv_nor_xlsx_is_refused_on_the_import_page()
    {
        var browser = await app.BrowserAs(Role.Coordinator);
        var before = await CountsAsync();

        var response = await UploadAsync(browser, Csv("organisation,organisation_type", $"{Unique("Pdf")},ngo"), "services.pdf", await browser.AntiforgeryTokenAsync("/coalition/import"), "application/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        page.QuerySelector("[role=alert]").ShouldNotBeNull().TextContent.ShouldContain(".csv or .xlsx");
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Posting_to_the_import_page_without_the_antiforgery_token_is_refused()
    {
        var shelter = Unique("Forged");
        var browser = await app.BrowserAs(Role.Coordinator);
        await browser.PageAsync("/coalition/import");
        var before = await CountsAsync();

        var response = await UploadAsync(browser, Csv("organisation,organisation_type", $"{shelter},ngo"), "services.csv", antiforgeryToken: null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountsAsync()).ShouldBe(before);
        (await app.Db(db => db.Organisations.AnyAsync(o => o.Name == shelter))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_viewer_cannot_open_the_import_page()
    {
        var browser = await app.BrowserAs(Role.Viewer);

        var response = await browser.Client.GetAsync("/coalition/import");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/denied");
    }

    [Fact]
    public async Task An_xlsx_workbook_imports_like_a_csv_file()
    {
        var place = await NewPlaceAsync();
        var name = Unique("Workbook shelter");
        var workbook = TableExport.WriteXlsx(
            ["organisation", "organisation_type", "sub_service", "areas", "populations", "monthly_capacity"],
            [[name, "ngo", "emergency-shelter", place.RegionPath, "children", "7"]]);

        var (status, report) = await ImportAsync(workbook, XlsxType);

        status.ShouldBe(HttpStatusCode.OK, Describe(report));
        report.ServicesCreated.ShouldBe(1);
        (await OrganisationAsync(name)).Services.Single().MonthlyCapacity.ShouldBe(7);
    }

    [Fact]
    public async Task Bytes_that_are_not_a_workbook_are_rejected_as_an_unreadable_xlsx()
    {
        var report = await RejectedAsync([.. Enumerable.Range(0, 2048).Select(i => (byte)(i * 37))], XlsxType);

        report.Problems.ShouldHaveSingleItem().Reason.ShouldContain("not a readable XLSX workbook");
    }

    [Fact]
    public async Task An_xlsx_over_the_row_limit_is_refused_as_over_the_limit_and_not_as_unreadable()
    {
        var workbook = HostileFiles.Workbook(s => HostileFiles.Write(s, HostileFiles.Row(1, "organisation", "organisation_type") + HostileFiles.Row(100_002, Unique("Far"), "ngo")));

        var report = await RejectedAsync(workbook, XlsxType);

        report.Problems.ShouldHaveSingleItem().Reason.ShouldBe("Sheet 'Data', row 100,002: more than 100,000 rows below the header, the limit; split the file.");
    }

    [Fact]
    public async Task Text_that_only_looks_like_a_formula_survives_an_export_and_a_re_import()
    {
        var name = $"@handle Haven {Guid.NewGuid():N}";
        await CreateOrganisationAsync(new OrganisationInput { Name = name, Description = "- first point" });
        var export = await (await app.ApiAs(Role.Coordinator)).GetByteArrayAsync("/api/organisations/export?format=csv");

        var (status, report) = await ImportAsync(export);

        status.ShouldBe(HttpStatusCode.OK, Describe(report));
        report.OrganisationsCreated.ShouldBe(0);
        (await OrganisationAsync(name)).Description.ShouldBe("- first point");
    }

    [Fact]
    public async Task A_dde_payload_after_a_number_is_still_refused_as_a_formula()
    {
        var report = await RejectedAsync(Csv("organisation,organisation_type,phone", $"{Unique("Dde")},ngo,-2+3+cmd|' /C calc'!A0"));

        ShouldReport(report, 2, "phone", "formula");
    }

    [Fact]
    public async Task Row_numbers_count_blank_lines_as_a_spreadsheet_does()
    {
        var report = await RejectedAsync(Csv("organisation,organisation_type", $"{Unique("A")},ngo", "", $"{Unique("B")},alien"));

        ShouldReport(report, 4, "organisation_type", "alien");
    }

    [Fact]
    public async Task Names_that_differ_only_in_the_case_of_non_ascii_letters_are_the_same_organisation()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await CreateOrganisationAsync(new OrganisationInput { Name = $"Ærø Haven {tag}" });
        var client = await app.ApiAs(Role.Coordinator);

        var twin = await client.PostAsJsonAsync("/api/organisations", new OrganisationInput { Name = $"ærø haven {tag}" }, TestJson.Api);
        var (status, report) = await ImportAsync(Csv("organisation,organisation_type", $"ÆRØ HAVEN {tag},ngo"));

        twin.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        status.ShouldBe(HttpStatusCode.OK, Describe(report));
        report.OrganisationsUpdated.ShouldBe(1);
        report.OrganisationsCreated.ShouldBe(0);
    }

    // ---- helpers ----

    private static string Unique(string stem) => $"{stem} {Guid.NewGuid().ToString("N")[..10]}";

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static string Describe(ImportReport report) => string.Join("; ", report.Problems);

    private static void ShouldReport(ImportReport report, int row, string column, string fragment) =>
        report.Problems.ShouldContain(
            p => p.Row == row && p.Column == column && p.Reason.Contains(fragment, StringComparison.OrdinalIgnoreCase),
            $"expected row {row}, column {column}: …{fragment}… among: {Describe(report)}");

    private async Task<Place> NewPlaceAsync()
    {
        var country = await CreateAreaAsync(Unique("Country"), null);
        var region = await CreateAreaAsync(Unique("Region"), country.Id);
        return new Place(country.Name, country.Id, region.Name, region.Id);
    }

    private async Task<AreaDto> CreateAreaAsync(string name, int? parentId)
    {
        var client = await app.ApiAs(Role.Coordinator);
        var response = await client.PostAsJsonAsync("/api/areas", new AreaInput { Name = name, ParentId = parentId }, TestJson.Api);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AreaDto>(TestJson.Api)).ShouldNotBeNull();
    }

    private async Task<OrganisationDto> CreateOrganisationAsync(OrganisationInput input)
    {
        var client = await app.ApiAs(Role.Coordinator);
        var response = await client.PostAsJsonAsync("/api/organisations", input, TestJson.Api);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrganisationDto>(TestJson.Api)).ShouldNotBeNull();
    }

    private async Task AddServiceAsync(int organisationId, ServiceInput input)
    {
        var client = await app.ApiAs(Role.Coordinator);
        var response = await client.PostAsJsonAsync($"/api/organisations/{organisationId}/services", input, TestJson.Api);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Two organisations whose text a spreadsheet would run; the API stores such text as it is.</summary>
    private async Task<(string Hyperlink, string At)> CreateFormulaOrganisationsAsync()
    {
        var hyperlink = $"=HYPERLINK(\"http://evil.test\",\"{Guid.NewGuid():N}\")";
        var at = $"@cmd {Guid.NewGuid():N}";
        await CreateOrganisationAsync(new OrganisationInput { Name = hyperlink, Description = "+SUM(1,2)" });
        await CreateOrganisationAsync(new OrganisationInput { Name = at, Description = "=1+1", Phone = "-2+3+cmd|' /C calc'!A0" });
        return (hyperlink, at);
    }

    private Task<(int Organisations, int Services)> CountsAsync() =>
        app.Db(async db => (await db.Organisations.CountAsync(), await db.Services.CountAsync()));

    private Task<Organisation> OrganisationAsync(string name) =>
        app.Db(db => db.Organisations.AsNoTracking()
            .Include(o => o.Services).ThenInclude(s => s.SubService)
            .Include(o => o.Services).ThenInclude(s => s.Areas)
            .Include(o => o.Services).ThenInclude(s => s.Populations)
            .AsSplitQuery()
            .SingleAsync(o => o.Name == name));

    private async Task<(HttpStatusCode Status, ImportReport Report)> ImportAsync(byte[] file, string contentType = CsvType)
    {
        var client = await app.ApiAs(Role.Coordinator);
        var response = await client.PostAsync("/api/organisations/import", Body(file, contentType));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity], text);
        return (response.StatusCode, JsonSerializer.Deserialize<ImportReport>(text, TestJson.Api).ShouldNotBeNull());
    }

    /// <summary>Imports a file that must be rejected, and checks that nothing at all was written.</summary>
    private async Task<ImportReport> RejectedAsync(byte[] file, string contentType = CsvType)
    {
        var before = await CountsAsync();

        var (status, report) = await ImportAsync(file, contentType);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        report.Applied.ShouldBeFalse();
        report.Problems.ShouldNotBeEmpty();
        report.OrganisationsCreated.ShouldBe(0);
        report.ServicesCreated.ShouldBe(0);
        (await CountsAsync()).ShouldBe(before);
        return report;
    }

    private static async Task ShouldBeRefusedForSize(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
        {
            return;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, text);
        var report = JsonSerializer.Deserialize<ImportReport>(text, TestJson.Api).ShouldNotBeNull();
        report.Applied.ShouldBeFalse();
        report.Problems.ShouldHaveSingleItem().Reason.ShouldContain("the limit is 10 MB");
    }

    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, byte[] file, string fileName, string? antiforgeryToken, string contentType = CsvType)
    {
        using var form = new MultipartFormDataContent();
        if (antiforgeryToken is not null)
        {
            form.Add(new StringContent(antiforgeryToken), "__RequestVerificationToken");
        }

        form.Add(new StringContent("import"), "_handler");
        form.Add(Body(file, contentType), "file", fileName);
        return await browser.Client.PostAsync("/coalition/import", form);
    }

    private static async Task<string> ExportCsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }

    private static List<string[]> ParseCsv(string text)
    {
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }

    private static string WriteCsv(IEnumerable<string[]> rows) =>
        string.Concat(rows.Select(row => string.Join(",", row.Select(cell => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n"));

    /// <summary>The raw text of every cell, read with the Open XML SDK so nothing is unescaped on the way.</summary>
    private static List<string[]> ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "").ToArray())];
    }

    /// <summary>A body of the given size whose length is not declared up front, as a streamed upload sends it.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] start;
        private readonly int size;

        public UnsizedContent(byte[] start, int size, string contentType)
        {
            this.start = start;
            this.size = size;
            Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(start);
            var blank = new byte[1024 * 1024];
            Array.Fill(blank, (byte)'\n');
            for (var written = start.Length; written < size; written += blank.Length)
            {
                await stream.WriteAsync(blank.AsMemory(0, Math.Min(blank.Length, size - written)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}

public sealed class ImportExportTestsOnSqlite(SqliteApp app) : ImportExportTests(app), IClassFixture<SqliteApp>;

public sealed class ImportExportTestsOnPostgres(PostgresApp app) : ImportExportTests(app), IClassFixture<PostgresApp>;
