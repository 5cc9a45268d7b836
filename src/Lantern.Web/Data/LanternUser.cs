using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Data;

public sealed class LanternUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }
}
