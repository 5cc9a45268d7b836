using System.Linq.Expressions;
using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition;

/// <summary>
/// Which services count for an area: those serving the area itself, any place inside it, or any
/// area above it (a service for a whole region also serves each of its localities).
/// </summary>
public sealed record AreaScope(Area Area, IReadOnlyList<Area> Trail)
{
    public static async Task<AreaScope?> LoadAsync(LanternDbContext db, int areaId, CancellationToken cancellationToken = default)
    {
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken);
        if (area is null)
        {
            return null;
        }

        var ancestorIds = area.AncestorIds().ToList();
        var ancestors = await db.Areas.AsNoTracking().Where(a => ancestorIds.Contains(a.Id)).ToListAsync(cancellationToken);
        return new AreaScope(area, [.. ancestors.OrderBy(a => a.Kind), area]);
    }

    public Expression<Func<Service, bool>> Covers()
    {
        var prefix = Area.Path;
        var ancestorIds = Area.AncestorIds().ToList();
        return service => service.Areas.Any(link => link.Area!.Path.StartsWith(prefix) || ancestorIds.Contains(link.AreaId));
    }
}
