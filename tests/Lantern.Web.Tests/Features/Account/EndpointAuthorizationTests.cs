using System.Net;
using System.Text.RegularExpressions;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>
/// Walks every endpoint the app maps — pages and API alike — so a new page that forgets its
/// permission fails here instead of leaking data.
/// </summary>
public abstract partial class EndpointAuthorizationTests(LanternFactory app)
{
    private sealed record Probe(string Method, string Url, RouteEndpoint Endpoint)
    {
        public override string ToString() => $"{Method} {Url} ({Endpoint.DisplayName})";
    }

    [Fact]
    public void Every_endpoint_is_either_public_by_declaration_or_requires_authorisation()
    {
        // The framework's own plumbing (/_framework/…) cannot carry our metadata; the fallback
        // policy covers it, and the anonymous probe below checks that it does.
        var undeclared = Endpoints()
            .Where(e => !(e.RoutePattern.RawText ?? "").StartsWith("/_framework/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public async Task Anonymous_requests_to_non_public_endpoints_get_no_data()
    {
        var client = app.Anonymous();
        var leaks = new List<string>();
        foreach (var probe in Probes().Where(p => p.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url));
            var signInRedirect = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal);
            if (response.StatusCode != HttpStatusCode.Unauthorized && !signInRedirect)
            {
                leaks.Add($"{probe}: {(int)response.StatusCode}");
            }
        }

        leaks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Roles_without_the_permission_an_endpoint_declares_are_refused()
    {
        var checkedProbes = 0;
        var leaks = new List<string>();
        foreach (var probe in Probes())
        {
            var needed = Needed(probe.Endpoint);
            foreach (var role in Enum.GetValues<Role>().Where(r => needed.Any(p => !RolePermissions.For(r).Contains(p))))
            {
                var client = await app.ApiAs(role);
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url));
                checkedProbes++;
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    leaks.Add($"{role} → {probe}: {(int)response.StatusCode}");
                }
            }
        }

        leaks.ShouldBeEmpty();
        checkedProbes.ShouldBeGreaterThan(10);
    }

    /// <summary>
    /// The survey and campaign APIs, probed with a token of every role: a role the catalogue grants
    /// the declared permission gets past authorisation (whatever the fake ids and empty body then
    /// earn it, never a server error), every other role gets 403.
    /// </summary>
    [Fact]
    public async Task Survey_and_campaign_api_endpoints_answer_each_role_as_the_catalogue_says()
    {
        var probes = Probes().Where(p => ApiPrefixes.Any(prefix => (p.Endpoint.RoutePattern.RawText ?? "").StartsWith(prefix, StringComparison.Ordinal))).ToList();
        var wrong = new List<string>();
        foreach (var probe in probes)
        {
            var needed = Needed(probe.Endpoint);
            if (needed.Count == 0)
            {
                wrong.Add($"{probe}: declares no permission of the catalogue");
                continue;
            }

            foreach (var role in Enum.GetValues<Role>())
            {
                var allowed = needed.All(p => RolePermissions.For(role).Contains(p));
                var response = await (await app.ApiAs(role)).SendAsync(new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url));
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                if (allowed == refused || (int)response.StatusCode >= 500)
                {
                    wrong.Add($"{role} ({(allowed ? "allowed" : "refused")} by the catalogue) → {probe}: {(int)response.StatusCode}");
                }
            }
        }

        wrong.ShouldBeEmpty();
        probes.Count.ShouldBeGreaterThan(60, "every survey and campaign resource has its endpoints");
    }

    [Fact]
    public void The_permission_catalogue_gives_administrators_everything_and_viewers_no_writes()
    {
        RolePermissions.For(Role.Administrator).ShouldBe(RolePermissions.AllPermissions().ToHashSet(), ignoreOrder: true);
        RolePermissions.For(Role.Viewer).ShouldNotContain(p => p.Operation == Operation.Edit && p.Resource != Resource.OwnAccount);
        RolePermissions.For(Role.Coordinator).ShouldNotContain(new Permission(Resource.Users, Operation.Edit));
    }

    private static readonly string[] ApiPrefixes = ["/api/surveys", "/api/campaigns"];

    private static List<Permission> Needed(RouteEndpoint endpoint) =>
    [
        .. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => Permission.TryParsePolicy(a.Policy ?? "", out var p) ? p : (Permission?)null)
            .OfType<Permission>(),
    ];

    private List<RouteEndpoint> Endpoints() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    private IEnumerable<Probe> Probes()
    {
        foreach (var endpoint in Endpoints())
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                yield return new Probe(method, Fill(endpoint.RoutePattern), endpoint);
            }
        }
    }

    /// <summary>A concrete URL for a route pattern: 1 for numbers, "csv" for the export format, "x" otherwise.</summary>
    private static string Fill(RoutePattern pattern)
    {
        var url = pattern.RawText ?? "/";
        url = ParameterPattern().Replace(url, match =>
        {
            var constraint = match.Groups["constraint"].Value;
            return constraint.StartsWith("int", StringComparison.Ordinal) ? "1"
                : constraint.Contains("csv", StringComparison.Ordinal) ? "csv"
                : "x";
        });
        return url.StartsWith('/') ? url : "/" + url;
    }

    [GeneratedRegex(@"\{\*?\*?(?<name>[a-zA-Z]+)(:(?<constraint>[^}]+))?\??\}")]
    private static partial Regex ParameterPattern();
}

public sealed class EndpointAuthorizationTestsOnSqlite(SqliteApp app) : EndpointAuthorizationTests(app), IClassFixture<SqliteApp>;

public sealed class EndpointAuthorizationTestsOnPostgres(PostgresApp app) : EndpointAuthorizationTests(app), IClassFixture<PostgresApp>;
