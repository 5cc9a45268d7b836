using System.Security.Claims;
using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Account;

/// <summary>
/// The organisation whose case records a person works with, or null for none. Read from the account
/// on each call rather than kept in a claim, so an administrator's change applies at the next request.
/// </summary>
public sealed class OrganisationScope(LanternDbContext db)
{
    public Task<int?> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? OfAsync(userId, cancellationToken) : Task.FromResult<int?>(null);

    public Task<int?> OfAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
}
