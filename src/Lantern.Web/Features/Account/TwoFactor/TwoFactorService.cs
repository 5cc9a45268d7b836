using System.Text;
using Lantern.Web.Data;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Lantern.Web.Features.Account.TwoFactor;

/// <summary>
/// Enrolment in two factors and what follows: Identity keeps the authenticator key and the
/// recovery codes (AspNetUserTokens), <see cref="TotpTokenProvider"/> checks the codes.
/// </summary>
public sealed class TwoFactorService(UserManager<LanternUser> users)
{
    public const int RecoveryCodeCount = 10;
    public const string Issuer = "Lantern";

    // Where Identity's user store keeps the key and the codes.
    private const string StoreName = "[AspNetUserStore]";
    private const string AuthenticatorKey = "AuthenticatorKey";
    private const string RecoveryCodes = "RecoveryCodes";

    /// <summary>
    /// The key to enrol with: the one already made for this person, or a new one. Unlike Identity's
    /// ResetAuthenticatorKeyAsync this keeps the security stamp, so looking at the page ends no session.
    /// </summary>
    public async Task<string> KeyForEnrolmentAsync(LanternUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }

        key = users.GenerateNewAuthenticatorKey();
        var saved = await users.SetAuthenticationTokenAsync(user, StoreName, AuthenticatorKey, key);
        return saved.Succeeded ? key : throw new InvalidOperationException("The authenticator key could not be saved.");
    }

    /// <summary>Turns two factors on when the code matches the key; returns the ten recovery codes, or null for a wrong code.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(LanternUser user, string code)
    {
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return null;
        }

        // Renews the security stamp: sessions opened with the password alone end.
        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        return enabled.Succeeded ? await NewRecoveryCodesAsync(user) : null;
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(LanternUser user) =>
        [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];

    public Task<int> RecoveryCodesLeftAsync(LanternUser user) => users.CountRecoveryCodesAsync(user);

    /// <summary>
    /// Turns two factors off and removes the key (which forgets remembered devices) and the recovery
    /// codes: for a lost device, reset by an administrator, or a person whose role does not require them.
    /// A person whose role requires two factors enrols again at their next sign-in.
    /// </summary>
    public async Task<IReadOnlyList<string>> ResetAsync(LanternUser user)
    {
        var steps = new Func<Task<IdentityResult>>[]
        {
            () => users.SetTwoFactorEnabledAsync(user, false),
            () => users.RemoveAuthenticationTokenAsync(user, StoreName, AuthenticatorKey),
            () => users.RemoveAuthenticationTokenAsync(user, StoreName, RecoveryCodes),
            // The replay guard belongs to the old key; left behind, it would refuse the new key's first codes.
            () => users.RemoveAuthenticationTokenAsync(user, TotpTokenProvider.StoreName, TotpTokenProvider.LastStepTokenName),
        };
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return [.. result.Errors.Select(e => e.Description)];
            }
        }

        return [];
    }

    /// <summary>The otpauth:// address authenticator apps read from the QR code (Google Authenticator's key URI format).</summary>
    public static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>The QR code of <paramref name="uri"/> as an SVG document, drawn on the server.</summary>
    public static string QrCodeSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(5);
    }

    /// <summary>The key in groups of four, easier to type into an app by hand.</summary>
    public static string Grouped(string key)
    {
        var grouped = new StringBuilder(key.Length + key.Length / 4);
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(char.ToLowerInvariant(key[i]));
        }

        return grouped.ToString();
    }
}
