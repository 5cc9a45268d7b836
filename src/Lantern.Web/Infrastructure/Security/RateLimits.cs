using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Security;

public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts (POSTs) per client address per minute.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Requests to public, anonymous endpoints per client address per minute.</summary>
    public int PublicPerMinute { get; set; } = 120;
}

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Public = "public";

    public static WebApplicationBuilder AddLanternRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection("RateLimits"));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            // Only attempts count: reading the sign-in form is free.
            limiter.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? PerClient(context, "sign-in", Options(context).SignInPerMinute)
                : RateLimitPartition.GetNoLimiter("read"));
            limiter.AddPolicy(Public, context => PerClient(context, "public", Options(context).PublicPerMinute));
        });
        return builder;
    }

    private static RateLimitOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    /// <summary>One bucket per client: the address the connection came from, or the one a known proxy forwarded (<see cref="ReverseProxy"/>).</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, string bucket, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{bucket}:{ClientKey(context.Connection.RemoteIpAddress)}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>
    /// The client an address stands for. An IPv6 client is usually given a whole /64 and could take
    /// a fresh address for every request, so the /64 is one client; an IPv4 address seen over IPv6 is itself.
    /// </summary>
    public static string ClientKey(IPAddress? address) => address switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } => new IPNetwork(Prefix64(address), 64).ToString(),
        _ => address.ToString(),
    };

    private static IPAddress Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
