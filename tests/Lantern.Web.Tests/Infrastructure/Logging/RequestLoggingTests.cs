using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Features.Surveys.Collection;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure.Logging;

/// <summary>
/// What the app writes to stderr with <c>Logging:Format=json</c>: one request line per request,
/// and never a personal value or free text, even with EF Core's SQL command lines switched on.
/// </summary>
public abstract class RequestLoggingTests(LanternFactory app)
{
    [Fact]
    public async Task Request_lines_carry_request_id_user_id_route_and_duration_and_no_personal_value_or_free_text_is_logged()
    {
        // Each value carries a token found nowhere else, so a copy in any encoding would show.
        const string organisation = "Marigold Zq7731 Shelter Trust";
        const string strangerEmail = "ana.zq4417@example.org";
        const string search = "where is Jovana Zq3390";
        const string answer = "my cousin Ilinka Zq6624 keeps my passport";
        string[] tokens = ["Zq7731", "Zq4417", "Zq3390", "Zq6624"];
        var coordinatorEmail = await app.EnsureUser(Role.Coordinator);
        var coordinatorId = await UserIdAsync(coordinatorEmail);
        var viewerToken = await app.TokenFor(Role.Viewer);
        var viewerId = await UserIdAsync(await app.EnsureUser(Role.Viewer));
        var wave = await app.CreateWaveAsync(await app.CreateSurveyAsync());

        await using var server = await JsonLoggingServer.StartAsync(
            app.Database, "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information");

        var stranger = server.Browser();
        (await stranger.SubmitAsync("/account/sign-in", "sign-in", SignIn(strangerEmail, "a guessed password 123"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var coordinator = server.Browser();
        await app.SignInAsync(coordinator, coordinatorEmail);
        var created = await coordinator.SubmitAsync("/coalition/organisations/new", "organisation", new Dictionary<string, string>
        {
            ["Input.Name"] = organisation, ["Input.Type"] = "FaithBased", ["Input.Languages"] = "en",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await coordinator.PageAsync($"/coalition/organisations?q={Uri.EscapeDataString(search)}");

        using var api = server.Client();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", viewerToken);
        (await api.GetAsync($"/api/organisations?q={Uri.EscapeDataString(organisation)}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var respondent = await Respondent.StartAsync(server.Browser(), $"/s/{wave.PublicKey}");
        await respondent.SendAsync(CollectionHelpers.MemberPage1);
        await respondent.SendAsync(new Dictionary<string, string[]>(CollectionHelpers.Page2) { ["a.comment"] = [answer] });
        (await respondent.SendAsync(CollectionHelpers.MemberPage3)).ShouldBe(HttpStatusCode.Redirect, "the response is stored");

        var log = await server.LogAsync();
        var text = server.Stderr;
        foreach (var secret in (string[])[.. tokens, coordinatorEmail, "lantern.test", wave.PublicKey, viewerToken])
        {
            text.ShouldNotContain(secret, Case.Insensitive, $"the log holds \"{secret}\":\n{text}");
        }

        log.ShouldContain(line => Source(line) == "Microsoft.EntityFrameworkCore.Database.Command", "SQL commands are logged, without their parameter values");
        var requests = log.Where(line => Source(line) == JsonLoggingServer.RequestLineSource).ToList();
        requests.Select(line => line.GetProperty("RequestId").GetString()).ShouldAllBe(id => !string.IsNullOrEmpty(id));
        requests.Select(line => line.GetProperty("RequestId").GetString()).ShouldBeUnique();
        requests.ShouldAllBe(line => line.GetProperty("Elapsed").GetDouble() >= 0);
        Requests(requests, "POST", "/account/sign-in")[0].GetProperty("UserId").ValueKind.ShouldBe(JsonValueKind.Null, "the stranger never signs in");
        Requests(requests, "POST", "/coalition/organisations/new").ShouldHaveSingleItem().GetProperty("UserId").GetString().ShouldBe(coordinatorId);
        Requests(requests, "GET", "/coalition/organisations").ShouldHaveSingleItem().GetProperty("UserId").GetString().ShouldBe(coordinatorId);
        Requests(requests, "GET", "/api/organisations").ShouldHaveSingleItem().GetProperty("UserId").GetString().ShouldBe(viewerId);
        Requests(requests, "GET", "/s/{PublicKey}").ShouldHaveSingleItem().GetProperty("StatusCode").GetInt32().ShouldBe(200);
        Requests(requests, "POST", "/s/{publicKey}/send").ShouldAllBe(line => line.GetProperty("UserId").ValueKind == JsonValueKind.Null, "respondents are anonymous");
    }

    private Task<string> UserIdAsync(string email) =>
        app.WithScope(async services => (await services.GetRequiredService<AccountService>().FindByEmailAsync(email))!.Id);

    private static Dictionary<string, string> SignIn(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    private static string? Source(JsonElement line) => line.GetProperty("SourceContext").GetString();

    private static List<JsonElement> Requests(IEnumerable<JsonElement> requests, string method, string route) =>
        [.. requests.Where(line => line.GetProperty("RequestMethod").GetString() == method && line.GetProperty("Route").GetString() == route)];
}

public sealed class RequestLoggingTestsOnSqlite(SqliteApp app) : RequestLoggingTests(app), IClassFixture<SqliteApp>;

public sealed class RequestLoggingTestsOnPostgres(PostgresApp app) : RequestLoggingTests(app), IClassFixture<PostgresApp>;
