using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Lantern.Web.Infrastructure.Auth;

namespace Lantern.Web.Tests.Infrastructure.Spreadsheets;

/// <summary>A host whose operator allows two rows below the header.</summary>
public sealed class TwoRowLimitApp() : LanternFactory(Lantern.Web.Data.DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        ["Spreadsheets:MaxRows"] = "2",
    };
}

public sealed class SpreadsheetLimitsConfigurationTests(TwoRowLimitApp app) : IClassFixture<TwoRowLimitApp>
{
    [Fact]
    public async Task The_limits_come_from_the_Spreadsheets_settings()
    {
        var client = await app.ApiAs(Role.Coordinator);
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("organisation,organisation_type\nA,ngo\nB,ngo\nC,ngo\n"));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await client.PostAsync("/api/organisations/import", body);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("more than 2 rows below the header, the limit; split the file.");
    }
}
