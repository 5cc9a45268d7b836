using Microsoft.Extensions.Options;
using System.Threading.RateLimiting;

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

    private static RateLimitPartition<string> PerClient(HttpContext context, string bucket, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{bucket}:{context.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
