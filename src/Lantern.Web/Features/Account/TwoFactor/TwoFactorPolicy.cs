using System.Security.Claims;
using Lantern.Web.Data;
using Lantern.Web.Features.Account.Model;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Account.TwoFactor;

/// <summary>Which roles must sign in with two factors; an Administrator decides, per role.</summary>
public sealed class TwoFactorPolicy(LanternDbContext db)
{
    /// <summary>The roles that will see case records.</summary>
    public static readonly IReadOnlySet<Role> RequiredByDefault = new HashSet<Role> { Role.Administrator, Role.Coordinator, Role.Frontline };

    public async Task<IReadOnlyDictionary<Role, bool>> AllAsync(CancellationToken cancellationToken = default)
    {
        var stored = await db.TwoFactorRoleSettings.AsNoTracking().ToDictionaryAsync(s => s.Role, s => s.Required, cancellationToken);
        return Enum.GetValues<Role>().ToDictionary(role => role, role => stored.TryGetValue(role.ToString(), out var required) ? required : RequiredByDefault.Contains(role));
    }

    public async Task<bool> RequiredForAsync(IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        return roleNames.Any(name => Enum.TryParse<Role>(name, out var role) && all[role]);
    }

    public Task<bool> RequiredForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RequiredForAsync(user.FindAll(ClaimTypes.Role).Select(c => c.Value), cancellationToken);

    /// <summary>Stores the choice for every role; the audit trail records each row that changes.</summary>
    public async Task SetAsync(IReadOnlySet<Role> required, CancellationToken cancellationToken = default)
    {
        var stored = await db.TwoFactorRoleSettings.ToDictionaryAsync(s => s.Role, cancellationToken);
        foreach (var role in Enum.GetValues<Role>())
        {
            if (stored.TryGetValue(role.ToString(), out var setting))
            {
                setting.Required = required.Contains(role);
            }
            else
            {
                db.TwoFactorRoleSettings.Add(new TwoFactorRoleSetting { Role = role.ToString(), Required = required.Contains(role) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
