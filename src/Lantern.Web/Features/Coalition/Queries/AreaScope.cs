using System.Linq.Expressions;
using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Queries;

/// <summary>
/// Which services count for an area: those serving the area itself, any place inside it, or any
/// area above it (a service for a whole region also serves each of its localities).
/// </summary>
public sealed record AreaScope(Area Area, IReadOnlyList<Area> Trail, IReadOnlyList<int> AreaIds)
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
        // The areas table is small; resolving the ids first lets the service filter use the
        // ServiceAreas.AreaId index instead of joining areas for every service.
        var subtree = await db.Areas.Where(a => a.Path.StartsWith(area.Path)).Select(a => a.Id).ToListAsync(cancellationToken);
        return new AreaScope(area, [.. ancestors.OrderBy(a => a.Kind), area], [.. subtree, .. ancestorIds]);
    }

    /// <summary>
    /// Services linked to any area of the scope, as an uncorrelated subquery: the database collects
    /// the matching service ids once through the ServiceAreas.AreaId index, instead of probing every
    /// service (which SQLite would otherwise do with one index lookup per area id).
    /// </summary>
    public Expression<Func<Service, bool>> Covers(LanternDbContext db)
    {
        var ids = AreaIds;
        var linked = db.ServiceAreas.Where(link => ids.Contains(link.AreaId)).Select(link => link.ServiceId);
        return service => linked.Contains(service.Id);
    }
}
