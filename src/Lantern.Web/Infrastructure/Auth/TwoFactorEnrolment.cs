using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.Pages;
using Lantern.Web.Features.Account.TwoFactor;

namespace Lantern.Web.Infrastructure.Auth;

/// <summary>
/// Sends people whose role requires two factors, and who have none yet, to set them up before
/// anything else. API tokens are not affected: they never carry a browser session.
/// </summary>
public static class TwoFactorEnrolment
{
    public const string Path = "/account/two-factor";

    // What such a person may still reach: the enrolment itself, the re-confirmation it may ask for, signing out, styles.
    private static readonly string[] Open = [Path, RecentSignIn.ConfirmPath, "/account/sign-out", "/assets"];

    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<SignedInAccount>() is { TwoFactorEnabled: false }
                && !Array.Exists(Open, path => context.Request.Path.StartsWithSegments(path))
                && await context.RequestServices.GetRequiredService<TwoFactorPolicy>().RequiredForAsync(context.User, context.RequestAborted))
            {
                var back = LocalUrl.OrHome(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
                context.Response.Redirect($"{Path}?returnUrl={Uri.EscapeDataString(back)}");
                return;
            }

            await next(context);
        });
}
