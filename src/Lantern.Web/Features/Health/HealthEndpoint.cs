using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Health;

public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (LanternDbContext db, CancellationToken cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken)
                    ? Results.Ok(new { status = "healthy" })
                    : Results.Json(new { status = "database unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public)
            .WithName("Health")
            .WithSummary("Answers 200 when the app and its database are reachable.")
            .WithTags("System");
}
