using Lantern.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Lantern.Web.Infrastructure.Auth;

/// <summary>
/// Identity keeps each account's authenticator key and recovery codes in <c>AspNetUserTokens</c>
/// as plain text: anyone with a copy of the database could produce sign-in codes. This store
/// encrypts every token value with the key ring, which is itself encrypted by a certificate kept
/// outside the database (see <c>KeyRing</c>). Identity reads and writes keys and recovery codes
/// only through these two methods.
/// </summary>
public sealed class ProtectedTokenUserStore(LanternDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<LanternUser, IdentityRole, LanternDbContext>(context, describer)
{
    private readonly IDataProtector protector = protection.CreateProtector("Lantern.UserTokens");

    public override Task SetTokenAsync(LanternUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, value is null ? null : protector.Protect(value), cancellationToken);

    public override async Task<string?> GetTokenAsync(LanternUser user, string loginProvider, string name, CancellationToken cancellationToken) =>
        await base.GetTokenAsync(user, loginProvider, name, cancellationToken) is { } stored ? protector.Unprotect(stored) : null;
}
