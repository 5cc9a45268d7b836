using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account.Api;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/sign-out", async (HttpContext context, SignInManager<LanternUser> signIn) =>
            {
                // A new security stamp ends this session for good, and every other one of the account:
                // a copy of the cookie taken before signing out no longer opens anything.
                if (RecentSignIn.IsInteractive(context) && await signIn.UserManager.GetUserAsync(context.User) is { } user)
                {
                    await signIn.UserManager.UpdateSecurityStampAsync(user);
                }

                await signIn.SignOutAsync();
                return Results.Redirect("/");
            })
            .RequireAuthorization()
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();
    }
}
