using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Data;

public sealed class LanternUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Set while the account is deactivated: no sign-in, no session, no API token works.</summary>
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>
    /// The organisation of the service map the person works for; it bounds the case records they
    /// see and manage. Null for people who work with no cases.
    /// </summary>
    public int? OrganisationId { get; set; }
}
