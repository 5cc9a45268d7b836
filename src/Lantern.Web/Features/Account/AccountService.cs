using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Account;

/// <summary>
/// Creating people, giving them roles and taking them off the system, shared by the first-run page,
/// the admin pages and the CLI. Every change is an Identity or EF write, which the audit interceptor
/// records; whatever should end someone's sessions renews their security stamp.
/// </summary>
public sealed class AccountService(UserManager<LanternUser> users, LanternDbContext db, ApiTokenService tokens, TimeProvider clock)
{
    public const string NoSuchUser = "No such user.";

    public const string NoSuchOrganisation = "No such organisation.";

    private const string LastAdministrator = "Lantern needs at least one active administrator; make someone else an administrator first.";

    public async Task<bool> HasAdministratorAsync() =>
        (await users.GetUsersInRoleAsync(nameof(Role.Administrator))).Count > 0;

    /// <summary>Creates a user with one role, in an organisation or none; returns the errors Identity reports, empty on success.</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password, Role role, string? displayName = null, int? organisationId = null)
    {
        if (!await OrganisationExistsAsync(organisationId))
        {
            return [NoSuchOrganisation];
        }

        var user = new LanternUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            OrganisationId = organisationId,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Errors(created);
        }

        return Errors(await users.AddToRoleAsync(user, role.ToString()));
    }

    public Task<IReadOnlyList<string>> SetRoleAsync(string userId, Role role) => WithUserAsync(userId, async user =>
    {
        var current = await users.GetRolesAsync(user);
        if (role != Role.Administrator && current.Contains(nameof(Role.Administrator)) && await IsLastActiveAdministratorAsync(user))
        {
            return [LastAdministrator];
        }

        var removed = await users.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role.ToString()) : removed;
        // A new stamp ends the person's sessions at their next request, so the new role applies at once.
        return added.Succeeded ? Errors(await users.UpdateSecurityStampAsync(user)) : Errors(added);
    });

    /// <summary>Puts a person in an organisation of the service map, or in none; what they may do is unchanged, so their sessions go on.</summary>
    public Task<IReadOnlyList<string>> SetOrganisationAsync(string userId, int? organisationId) => WithUserAsync(userId, async user =>
    {
        if (!await OrganisationExistsAsync(organisationId))
        {
            return [NoSuchOrganisation];
        }

        user.OrganisationId = organisationId;
        return Errors(await users.UpdateAsync(user));
    });

    /// <summary>Takes a person off the system: sign-in, every open session and every API token stop at once.</summary>
    public Task<IReadOnlyList<string>> DeactivateAsync(string userId) => WithUserAsync(userId, async user =>
    {
        if (user.DeactivatedAt is not null)
        {
            return [];
        }

        if ((await users.GetRolesAsync(user)).Contains(nameof(Role.Administrator)) && await IsLastActiveAdministratorAsync(user))
        {
            return [LastAdministrator];
        }

        user.DeactivatedAt = clock.GetUtcNow().UtcDateTime;
        return Errors(await users.UpdateSecurityStampAsync(user));
    });

    /// <summary>Lets a deactivated person sign in again; their tokens work again unless they were revoked.</summary>
    public Task<IReadOnlyList<string>> ReactivateAsync(string userId) => WithUserAsync(userId, async user =>
    {
        user.DeactivatedAt = null;
        return Errors(await users.UpdateAsync(user));
    });

    public Task<IReadOnlyList<string>> RevokeTokensAsync(string userId) => WithUserAsync(userId, async user =>
    {
        await tokens.RevokeAllAsync(user.Id);
        return [];
    });

    /// <summary>An administrator sets a new password: the old one and every session stop working, and a lockout ends.</summary>
    public Task<IReadOnlyList<string>> ResetPasswordAsync(string userId, string newPassword) => WithUserAsync(userId, async user =>
    {
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
        if (!reset.Succeeded)
        {
            return Errors(reset);
        }

        await users.ResetAccessFailedCountAsync(user);
        return Errors(await users.SetLockoutEndDateAsync(user, null));
    });

    /// <summary>A person changes their own password; every session ends (the caller opens a new one for the current).</summary>
    public async Task<IReadOnlyList<string>> ChangePasswordAsync(LanternUser user, string currentPassword, string newPassword)
    {
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        return changed.Succeeded ? [] : changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            ? ["The current password is not right."]
            : Errors(changed);
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

    public Task<LanternUser?> FindByIdAsync(string userId) => users.FindByIdAsync(userId);

    public Task<IList<string>> RolesOfAsync(LanternUser user) => users.GetRolesAsync(user);

    private async Task<bool> IsLastActiveAdministratorAsync(LanternUser user) =>
        !(await users.GetUsersInRoleAsync(nameof(Role.Administrator))).Any(other => other.Id != user.Id && other.DeactivatedAt is null);

    private async Task<bool> OrganisationExistsAsync(int? organisationId) =>
        organisationId is not { } id || await db.Organisations.AnyAsync(o => o.Id == id);

    private async Task<IReadOnlyList<string>> WithUserAsync(string userId, Func<LanternUser, Task<IReadOnlyList<string>>> change) =>
        await users.FindByIdAsync(userId) is { } user ? await change(user) : [NoSuchUser];

    private static IReadOnlyList<string> Errors(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}
