using System.Security.Claims;
using Lantern.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Auth;

/// <summary>What the session check read about the signed-in account, for the rest of the request.</summary>
public sealed record SignedInAccount(string UserId, bool TwoFactorEnabled);

/// <summary>
/// Checks every request's session cookie against the account, so that what ends sessions takes
/// effect at once: signing out, a new password, a new role and deactivation all renew the account's
/// security stamp, and a cookie carrying an older stamp (or of a deactivated account) is refused
/// and deleted. One indexed read per request, instead of Identity's periodic check.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var stampClaim = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(stampClaim);
        var account = userId is null || stamp is null
            ? null
            : await context.HttpContext.RequestServices.GetRequiredService<LanternDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, u.DeactivatedAt, u.TwoFactorEnabled })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);

        if (account is null || account.SecurityStamp != stamp || account.DeactivatedAt is not null)
        {
            context.RejectPrincipal();
            context.Options.CookieManager.DeleteCookie(context.HttpContext, context.Options.Cookie.Name!, context.Options.Cookie.Build(context.HttpContext));
            return;
        }

        context.HttpContext.Features.Set(new SignedInAccount(userId!, account.TwoFactorEnabled));
    }
}
