using OtpNet;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>What an authenticator app would show: RFC 6238 codes (6 digits, 30 s steps) for a base32 key.</summary>
public static class TwoFactorCodes
{
    /// <summary>The authenticator key of the fixture's users (160 bits, base32), so tests can answer the code step.</summary>
    public const string FixtureKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static long StepNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    public static string CodeAt(string key, long step) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * 30));

    public static string CodeNow(string key) => CodeAt(key, StepNow());

    /// <summary>The key as the enrolment page shows it for typing (groups of four, lower case) back in base32.</summary>
    public static string KeyFromPage(string shown) => shown.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
