using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Account;

/// <summary>Creating people and giving them roles, shared by the first-run page, the admin pages and the CLI.</summary>
public sealed class AccountService(UserManager<LanternUser> users, TimeProvider clock)
{
    public async Task<bool> HasAdministratorAsync() =>
        (await users.GetUsersInRoleAsync(nameof(Role.Administrator))).Count > 0;

    /// <summary>Creates a user with one role; returns the errors Identity reports, empty on success.</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password, Role role, string? displayName = null)
    {
        var user = new LanternUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(e => e.Description)];
        }

        var added = await users.AddToRoleAsync(user, role.ToString());
        return added.Succeeded ? [] : [.. added.Errors.Select(e => e.Description)];
    }

    public async Task<IReadOnlyList<string>> SetRoleAsync(string userId, Role role)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["No such user."];
        }

        var current = await users.GetRolesAsync(user);
        if (role != Role.Administrator && current.Contains(nameof(Role.Administrator))
            && (await users.GetUsersInRoleAsync(nameof(Role.Administrator))).Count == 1)
        {
            return ["Lantern needs at least one administrator; make someone else an administrator first."];
        }

        var removed = await users.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role.ToString()) : removed;
        if (added.Succeeded)
        {
            // Signs the user's existing cookies out at their next validation, so the new role applies.
            await users.UpdateSecurityStampAsync(user);
        }

        return added.Succeeded ? [] : [.. added.Errors.Select(e => e.Description)];
    }

    public async Task<List<(LanternUser User, IList<string> Roles)>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var result = new List<(LanternUser, IList<string>)>(all.Count);
        foreach (var user in all)
        {
            result.Add((user, await users.GetRolesAsync(user)));
        }

        return result;
    }

    public Task<LanternUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email.Trim());
}
