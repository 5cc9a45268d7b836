using System.Net;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Security;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Lantern.Web.Tests.Infrastructure.Security;

/// <summary>
/// The app on Kestrel on a loopback port: requests arrive over real HTTP from 127.0.0.1, the
/// address of a reverse proxy on the same machine. Three sign-ins a minute, to see the limiter.
/// </summary>
public abstract class KestrelApp(IReadOnlyDictionary<string, string> proxySettings) : LanternFactory(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string> ExtraSettings =>
        new Dictionary<string, string>(proxySettings) { ["RateLimits:SignInPerMinute"] = "3" };

    protected override void Start()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>
    /// A browser behind the proxy, at <paramref name="forwardedFor"/>, that reached the proxy over
    /// <paramref name="scheme"/>. A plain client at Kestrel's address (which the factory keeps in
    /// its client options): with Kestrel the factory's own clients follow redirects and keep cookies whatever they are asked.
    /// </summary>
    public ClientBehindProxy Client(string forwardedFor, string scheme = "https") =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = ClientOptions.BaseAddress }, forwardedFor, scheme);

    public Task<string?> LastFailedSignInAddress() => Db(db => db.Set<AuditRecord>()
        .Where(r => r.Action == AuditAction.SignInFailed).OrderByDescending(r => r.Id).Select(r => r.Address).FirstAsync());
}

/// <summary>The proxy runs on this machine and is named in the configuration.</summary>
public sealed class KnownProxyApp() : KestrelApp(new Dictionary<string, string> { ["ForwardedHeaders:KnownProxies"] = "127.0.0.1, ::1" });

/// <summary>Proxies are configured, but elsewhere: requests from loopback come from an ordinary client.</summary>
public sealed class UnknownPeerApp() : KestrelApp(new Dictionary<string, string>
{
    ["ForwardedHeaders:KnownProxies:0"] = "192.0.2.10",
    ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8",
});

/// <summary>
/// Every request carries the headers a proxy adds. Cookies are kept by hand: HttpClient would not
/// send a Secure cookie over the plain HTTP between the proxy and the app, as the proxy does.
/// </summary>
public sealed class ClientBehindProxy(HttpClient http, string forwardedFor, string scheme)
{
    public const string Host = "lantern.example.org";

    private readonly Dictionary<string, string> cookies = [];

    /// <summary>Every <c>Set-Cookie</c> line received so far.</summary>
    public List<string> SetCookies { get; } = [];

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = Host;
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        var response = await http.SendAsync(request);
        foreach (var line in response.Headers.TryGetValues("Set-Cookie", out var lines) ? lines : [])
        {
            SetCookies.Add(line);
            var pair = line.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }

        return response;
    }

    /// <summary>Loads the sign-in page and posts its form, as a browser would.</summary>
    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        SubmitAsync("/account/sign-in", "sign-in", [new("Input.Email", email), new("Input.Password", password)]);

    /// <summary>Loads <paramref name="path"/> and posts its form named <paramref name="formName"/> with its hidden fields and <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await Browser.ParseAsync(await SendAsync(HttpMethod.Get, path));
        var form = page.Forms.Single(f => f.QuerySelector($"input[name=_handler][value={formName}]") is not null);
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Select(input => new KeyValuePair<string, string>(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""))
            .Concat(fields);
        return await SendAsync(HttpMethod.Post, path, new FormUrlEncodedContent(values));
    }
}

public sealed class KnownProxyTests(KnownProxyApp app) : IClassFixture<KnownProxyApp>
{
    [Fact]
    public async Task The_client_address_a_known_proxy_forwards_is_the_one_the_audit_trail_records()
    {
        (await app.Client("203.0.113.7").SignInAsync("nobody@lantern.test", "wrong password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.LastFailedSignInAddress()).ShouldBe("203.0.113.7");

        // The client sent its own X-Forwarded-For; the proxy appended the address it saw. Only the proxy's entry counts.
        (await app.Client("6.6.6.6, 203.0.113.8").SignInAsync("nobody@lantern.test", "wrong password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.LastFailedSignInAddress()).ShouldBe("203.0.113.8");
    }

    [Fact]
    public async Task Over_https_at_the_proxy_every_cookie_is_secure_and_hsts_is_sent()
    {
        var email = await app.EnsureUser(Role.Administrator);
        var client = app.Client("203.0.113.20", "https");

        var page = await client.SendAsync(HttpMethod.Get, "/account/sign-in");
        page.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000");
        var signIn = await client.SignInAsync(email, LanternFactory.Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var codeStep = Browser.PathOf(signIn.Headers.Location!);
        (await client.SubmitAsync(codeStep, "code", [new("Code.Code", await app.NextCodeAsync(email))])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        client.SetCookies.ShouldContain(line => line.StartsWith("lantern.auth=", StringComparison.Ordinal));
        client.SetCookies.ShouldContain(line => line.StartsWith("lantern.af=", StringComparison.Ordinal));
        client.SetCookies.ShouldAllBe(line => line.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        // Signed in through the proxy: the cookie works on the next request.
        (await client.SendAsync(HttpMethod.Get, "/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var plain = app.Client("203.0.113.21", "http");
        (await plain.SendAsync(HttpMethod.Get, "/account/sign-in")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        plain.SetCookies.ShouldNotBeEmpty();
        plain.SetCookies.ShouldAllBe(line => !line.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Each_client_behind_the_proxy_has_its_own_sign_in_limit()
    {
        var attacker = app.Client("198.51.100.1");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await attacker.SignInAsync("victim@lantern.test", "guess " + i)).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        (await app.Client("198.51.100.2").SignInAsync("someone@lantern.test", "a password")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class UnknownPeerTests(UnknownPeerApp app) : IClassFixture<UnknownPeerApp>
{
    /// <summary>One test: every request here comes from loopback, so all of them share one sign-in bucket.</summary>
    [Fact]
    public async Task Forwarded_headers_from_a_peer_that_is_not_a_known_proxy_are_ignored()
    {
        var client = app.Client("203.0.113.7", "https");
        (await client.SendAsync(HttpMethod.Get, "/account/sign-in")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        (await client.SignInAsync("nobody@lantern.test", "wrong password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        client.SetCookies.ShouldNotBeEmpty();
        client.SetCookies.ShouldAllBe(line => !line.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        var address = IPAddress.Parse((await app.LastFailedSignInAddress())!);
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ShouldBeTrue();

        // Naming another address does not buy another three attempts.
        for (var i = 0; i < 2; i++)
        {
            (await app.Client($"198.51.100.{10 + i}").SignInAsync("victim@lantern.test", "guess " + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await app.Client("198.51.100.20").SignInAsync("victim@lantern.test", "guess")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}

public sealed class ReverseProxySettingsTests
{
    private static ForwardedHeadersOptions Trusted(Dictionary<string, string?> settings)
    {
        var options = new ForwardedHeadersOptions();
        ReverseProxy.Trust(options, new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(ReverseProxy.Section));
        return options;
    }

    [Fact]
    public void Nothing_is_trusted_by_default_not_even_loopback()
    {
        var options = Trusted([]);

        options.ForwardedHeaders.ShouldBe(Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.None);
        options.KnownProxies.ShouldBeEmpty();
        options.KnownIPNetworks.ShouldBeEmpty();
#pragma warning disable ASPDEPR005 // ASP.NET Core's loopback default lives in the obsolete list too.
        options.KnownNetworks.ShouldBeEmpty();
#pragma warning restore ASPDEPR005
    }

    [Fact]
    public void Proxies_and_networks_are_read_as_entries_or_as_comma_separated_values()
    {
        var options = Trusted(new()
        {
            ["ForwardedHeaders:KnownProxies"] = "10.0.0.2, 2001:db8::2",
            ["ForwardedHeaders:KnownNetworks:0"] = "172.16.0.0/12",
            ["ForwardedHeaders:KnownNetworks:1"] = "fd00::/8",
        });

        options.KnownProxies.ShouldBe([IPAddress.Parse("10.0.0.2"), IPAddress.Parse("2001:db8::2")]);
        options.KnownIPNetworks.Select(n => n.ToString()).ShouldBe(["172.16.0.0/12", "fd00::/8"]);
        options.ForwardedHeaders.ShouldBe(Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto);
    }

    [Fact]
    public void A_malformed_entry_stops_the_start_with_its_setting()
    {
        Should.Throw<InvalidOperationException>(() => Trusted(new() { ["ForwardedHeaders:KnownProxies"] = "nginx" }))
            .Message.ShouldContain("ForwardedHeaders:KnownProxies holds \"nginx\"");
        Should.Throw<InvalidOperationException>(() => Trusted(new() { ["ForwardedHeaders:KnownNetworks"] = "10.0.0.1/33" }))
            .Message.ShouldContain("ForwardedHeaders:KnownNetworks holds \"10.0.0.1/33\"");
    }

    [Fact]
    public void An_ipv6_client_is_its_slash_64_and_an_ipv4_address_is_itself_however_it_arrives()
    {
        RateLimits.ClientKey(IPAddress.Parse("2001:db8:1:2:aaaa::1")).ShouldBe(RateLimits.ClientKey(IPAddress.Parse("2001:db8:1:2:bbbb::9")));
        RateLimits.ClientKey(IPAddress.Parse("2001:db8:1:3::1")).ShouldNotBe(RateLimits.ClientKey(IPAddress.Parse("2001:db8:1:2::1")));
        RateLimits.ClientKey(IPAddress.Parse("::ffff:198.51.100.1")).ShouldBe("198.51.100.1");
        RateLimits.ClientKey(IPAddress.Parse("198.51.100.1")).ShouldBe("198.51.100.1");
    }
}
