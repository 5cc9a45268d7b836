using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Coverage;

public sealed class CoverageOptions
{
    /// <summary>From this many providers of one sub-service for one population, a cell counts as duplicated.</summary>
    public int DuplicationThreshold { get; set; } = 3;
}

/// <summary>Counts in the database, so the page costs two grouped queries however many services exist.</summary>
public sealed class CoverageQuery(LanternDbContext db)
{
    public async Task<(AreaScope Scope, CoverageReport Report)?> RunAsync(int areaId, int duplicationThreshold, CancellationToken cancellationToken = default)
    {
        var scope = await AreaScope.LoadAsync(db, areaId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var services = db.Services.AsNoTracking().Where(scope.Covers());
        var cells = await (
                from service in services
                from link in service.Populations
                group service.OrganisationId by new { service.SubServiceId, link.Population } into cell
                select new CoverageCell(cell.Key.SubServiceId, cell.Key.Population, cell.Distinct().Count()))
            .ToListAsync(cancellationToken);
        var byPillar = await services
            .GroupBy(s => s.SubService!.Pillar)
            .Select(g => new { Pillar = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Pillar, g => g.Count, cancellationToken);
        var subServices = await db.SubServices.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        return (scope, CoverageReport.Build(subServices, cells, byPillar, duplicationThreshold));
    }
}
