namespace Lantern.Web.Features.Account.Model;

/// <summary>
/// Whether people with a role must sign in with two factors. A role without a row takes the default
/// (<see cref="TwoFactorPolicy.RequiredByDefault"/>); a row exists once an Administrator has chosen.
/// </summary>
public sealed class TwoFactorRoleSetting
{
    public required string Role { get; set; }
    public bool Required { get; set; }
}
