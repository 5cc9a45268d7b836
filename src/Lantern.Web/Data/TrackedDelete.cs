using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Data;

public static class TrackedDelete
{
    /// <summary>
    /// Deletes the rows through the change tracker, not with a bulk DELETE, so each deletion gets its
    /// audit record. The database's cascades remove the rows that belong to them.
    /// </summary>
    public static async Task<int> DeleteAsync<T>(this LanternDbContext db, IQueryable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var found = await rows.ToListAsync(cancellationToken);
        db.RemoveRange(found);
        await db.SaveChangesAsync(cancellationToken);
        return found.Count;
    }
}
