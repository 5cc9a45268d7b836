using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Lantern.Web.Infrastructure.Security;

/// <summary>
/// Lantern behind a TLS-terminating reverse proxy (nginx, Caddy). The proxy tells Lantern who
/// the client is (<c>X-Forwarded-For</c>) and whether it came over HTTPS (<c>X-Forwarded-Proto</c>);
/// Lantern believes it only from the proxies named in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges). Anyone else could send
/// the headers to pick their own address, so nothing is trusted by default — not even loopback,
/// which ASP.NET Core trusts out of the box: a proxy on the same machine is named as 127.0.0.1.
/// Once the headers are applied, the scheme decides the <c>Secure</c> flag of every cookie and
/// whether HSTS is sent, and the client's address keys the rate limits and goes into the audit trail.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ForwardedHeaders";

    public static WebApplicationBuilder AddLanternReverseProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) => Trust(options, configuration.GetSection(Section)));
        // Only sent over HTTPS, so a browser that once reached Lantern through the proxy never falls back to plain HTTP.
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // Any cookie set during an HTTPS request is Secure, whoever sets it.
        builder.Services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>First in the pipeline, so that everything after it (the request log, HSTS, the rate limits, the audit trail) sees the real client.</summary>
    public static WebApplication UseLanternReverseProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>Forwarded headers from the configured proxies only; a malformed entry stops the start with its name.</summary>
    public static void Trust(ForwardedHeadersOptions options, IConfiguration section)
    {
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds ASP.NET Core's loopback default and is still consulted.
        options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
        foreach (var proxy in List(section, "KnownProxies"))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies holds \"{proxy}\", which is not an IP address."));
        }

        foreach (var network in List(section, "KnownNetworks"))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                ? range
                : throw new InvalidOperationException($"{Section}:KnownNetworks holds \"{network}\", which is not a network in CIDR notation such as 10.0.0.0/8."));
        }

        // With both lists empty ASP.NET Core takes the headers from anyone, so then none are taken at all.
        // X-Forwarded-Host never is: the proxy passes the Host header itself, and a forged host would forge links.
        options.ForwardedHeaders = options.KnownProxies.Count + options.KnownIPNetworks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // Each hop of X-Forwarded-For is taken only while the address it came from is a known proxy,
        // so a chain of known proxies (a load balancer before nginx) yields the client, and a client's own entries are ignored.
        options.ForwardLimit = null;
    }

    /// <summary>A list setting, given as entries (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>) or as one comma-separated value (handy in an environment variable).</summary>
    private static IEnumerable<string> List(IConfiguration section, string key)
    {
        var setting = section.GetSection(key);
        return setting.GetChildren().Select(entry => entry.Value).Prepend(setting.Value)
            .SelectMany(entry => (entry ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
