using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Data;

public sealed class LanternUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Set while the account is deactivated: no sign-in, no session, no API token works.</summary>
    public DateTime? DeactivatedAt { get; set; }
}
