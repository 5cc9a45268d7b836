using Microsoft.AspNetCore.Antiforgery;

namespace Lantern.Web.Infrastructure.Security;

public static class AntiforgeryCheck
{
    /// <summary>
    /// Refuses a form post without a valid antiforgery token. The antiforgery middleware only
    /// records the result; it is form binding that enforces it, so endpoints that bind no form
    /// (sign-out, delete buttons) must check it themselves.
    /// </summary>
    public static TBuilder RequireAntiforgeryToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            await context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context.HttpContext)
                ? await next(context)
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has expired or did not come from Lantern. Reload the page and try again."));
}
