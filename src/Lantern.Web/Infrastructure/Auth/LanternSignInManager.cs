using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Lantern.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Auth;

/// <summary>
/// Identity's sign-in with three changes: deactivated accounts cannot sign in; every session
/// carries the time of its sign-in (<see cref="SignedInAtClaim"/>), so pages that change an account
/// can ask for a recent one; and a remembered device is tied to the authenticator key rather than
/// to the security stamp, so that signing out (which renews the stamp to end every session) does
/// not forget it, while a new or reset key does.
/// </summary>
public sealed class LanternSignInManager(
    UserManager<LanternUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LanternUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LanternUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LanternUser> confirmation,
    TimeProvider clock)
    : SignInManager<LanternUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>Unix seconds of the password (and code) that opened the session.</summary>
    public const string SignedInAtClaim = "lantern:signed_in_at";

    /// <summary>Identity's authentication-method claim: "pwd" for a password alone, "mfa" with a second factor.</summary>
    public const string MethodClaim = "amr";

    private const string DeviceClaim = "lantern:device";

    public override async Task<bool> CanSignInAsync(LanternUser user) =>
        user.DeactivatedAt is null && await base.CanSignInAsync(user);

    public override Task SignInWithClaimsAsync(LanternUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims) =>
        base.SignInWithClaimsAsync(user, authenticationProperties,
        [
            .. additionalClaims.Where(c => c.Type != SignedInAtClaim),
            new Claim(SignedInAtClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64),
        ]);

    /// <summary>Opens a new session for a person who has just proved who they are (with a code when <paramref name="twoFactors"/>).</summary>
    public Task SignInFreshAsync(LanternUser user, bool twoFactors) =>
        SignInWithClaimsAsync(user, isPersistent: false, [new Claim(MethodClaim, twoFactors ? "mfa" : "pwd")]);

    public override async Task RememberTwoFactorClientAsync(LanternUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorRememberMeScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        identity.AddClaim(new Claim(DeviceClaim, DeviceStamp(await UserManager.GetAuthenticatorKeyAsync(user))));
        await Context.SignInAsync(IdentityConstants.TwoFactorRememberMeScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
    }

    public override async Task<bool> IsTwoFactorClientRememberedAsync(LanternUser user)
    {
        var remembered = (await Context.AuthenticateAsync(IdentityConstants.TwoFactorRememberMeScheme)).Principal;
        return remembered?.FindFirstValue(ClaimTypes.Name) == user.Id
               && remembered.FindFirstValue(DeviceClaim) == DeviceStamp(await UserManager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>When the session was opened, or null for one that did not come from a sign-in (an API token).</summary>
    public static DateTimeOffset? SignedInAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static bool SignedInWithTwoFactors(ClaimsPrincipal user) => user.FindFirstValue(MethodClaim) == "mfa";

    /// <summary>A keyed hash of the authenticator key: it changes with the key and reveals nothing of it.</summary>
    private static string DeviceStamp(string? authenticatorKey) =>
        authenticatorKey is null ? "" : Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(authenticatorKey), "lantern remembered device"u8))[..32];
}
