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
            var needed = probe.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(a => Permission.TryParsePolicy(a.Policy ?? "", out var p) ? p : (Permission?)null)
                .OfType<Permission>()
                .ToList();
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

    [Fact]
    public void The_permission_catalogue_gives_administrators_everything_and_viewers_no_writes()
    {
        RolePermissions.For(Role.Administrator).ShouldBe(RolePermissions.AllPermissions().ToHashSet(), ignoreOrder: true);
        RolePermissions.For(Role.Viewer).ShouldNotContain(p => p.Operation == Operation.Edit && p.Resource != Resource.Tokens);
        RolePermissions.For(Role.Coordinator).ShouldNotContain(new Permission(Resource.Users, Operation.Edit));
    }

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
