using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Queries;

public sealed class CoverageOptions
{
    /// <summary>From this many providers of one sub-service for one population, a cell counts as duplicated.</summary>
    public int DuplicationThreshold { get; set; } = 3;
}

/// <summary>
/// Counts in the database: two grouped queries over the services in scope, whose cost grows with
/// that number (see docs/benchmarks.md for 20,000 services).
/// </summary>
public sealed class CoverageQuery(LanternDbContext db)
{
    public async Task<(AreaScope Scope, CoverageReport Report)?> RunAsync(int areaId, int duplicationThreshold, CancellationToken cancellationToken = default)
    {
        var scope = await AreaScope.LoadAsync(db, areaId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var services = db.Services.AsNoTracking().Where(scope.Covers(db));
        var cells = await (
                from service in services
                from link in service.Populations
                group service.OrganisationId by new { service.SubServiceId, link.Population } into cell
                select new CoverageCell(cell.Key.SubServiceId, cell.Key.Population, cell.Distinct().Count()))
            .ToListAsync(cancellationToken);
        var bySubService = await services
            .GroupBy(s => s.SubServiceId)
            .Select(g => new { SubServiceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SubServiceId, g => g.Count, cancellationToken);
        var subServices = await db.SubServices.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var byPillar = subServices.GroupBy(s => s.Pillar).ToDictionary(g => g.Key, g => g.Sum(s => bySubService.GetValueOrDefault(s.Id)));
        return (scope, CoverageReport.Build(subServices, cells, byPillar, duplicationThreshold));
    }
}
