using System.Security.Claims;
using Lantern.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>
/// A person manages their own password, two factors and tokens and nobody else's: in a request the
/// account a command names must be the caller's. Outside a request (the command line) the server's
/// operator may name anyone.
/// </summary>
internal static class OwnAccount
{
    public const string NotYours = "No such account.";

    public static bool Allows(IHttpContextAccessor http, string userId) =>
        http.HttpContext is not { } context || context.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId;

    /// <summary>The account <paramref name="userId"/> names, when the caller may change it; otherwise null.</summary>
    public static async Task<LanternUser?> FindAsync(IHttpContextAccessor http, UserManager<LanternUser> users, string userId) =>
        Allows(http, userId) ? await users.FindByIdAsync(userId) : null;
}
