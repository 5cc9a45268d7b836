using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/sign-out", async (SignInManager<LanternUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.Redirect("/");
            })
            .RequireAuthorization()
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();
    }
}
