using System.Globalization;
using Lantern.Web.Data;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Lantern.Web.Features.Account.TwoFactor;

/// <summary>
/// Checks authenticator-app codes (RFC 6238: 6 digits, 30 seconds, HMAC-SHA1) against the key
/// Identity keeps for the user. It replaces Identity's AuthenticatorTokenProvider, which accepts a
/// code again and again for three minutes: this one accepts the previous, current and next time
/// step only, and never a step at or before the last one accepted, so an overheard code cannot be
/// replayed (RFC 6238, section 5.2).
/// </summary>
public sealed class TotpTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<LanternUser>
{
    public const string ProviderName = "Totp";

    /// <summary>Where the last accepted time step is kept (AspNetUserTokens).</summary>
    public const string StoreName = "Lantern";
    public const string LastStepTokenName = "AuthenticatorLastStep";

    // Codes are shown by the person's app, never generated here.
    public Task<string> GenerateAsync(string purpose, UserManager<LanternUser> manager, LanternUser user) => Task.FromResult("");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<LanternUser> manager, LanternUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<LanternUser> manager, LanternUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = Normalise(token);
        if (string.IsNullOrEmpty(key) || code is null)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, StoreName, LastStepTokenName);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }

        // Saved with the user's concurrency stamp: of two requests racing with one code, one loses.
        var saved = await manager.SetAuthenticationTokenAsync(user, StoreName, LastStepTokenName, step.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }

    /// <summary>Six digits, allowing the spaces and dashes apps show in the middle; null for anything else.</summary>
    public static string? Normalise(string? token)
    {
        var code = (token ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? code : null;
    }
}
