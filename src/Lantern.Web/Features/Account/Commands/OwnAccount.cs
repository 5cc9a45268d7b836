using System.Security.Claims;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>
/// A person manages their own tokens and nobody else's: in a request the account a command names
/// must be the caller's. Outside a request (the command line) the server's operator may name anyone.
/// </summary>
internal static class OwnAccount
{
    public static bool Allows(IHttpContextAccessor http, string userId) =>
        http.HttpContext is not { } context || context.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId;
}
