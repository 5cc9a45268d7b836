using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Queries;

/// <summary>What someone looking for help searches by. Every field is optional.</summary>
public sealed record DirectoryFilter(
    string? Text = null, string? SubService = null, Pillar? Pillar = null, int? AreaId = null,
    Population? Population = null, string? Language = null, bool ReferralsOnly = false);

public sealed record DirectoryEntry(Organisation Organisation, IReadOnlyList<Service> Services);

/// <summary>
/// The referral directory: services matching a need, grouped by organisation. The public view
/// passes <c>publicOnly</c> and sees only organisations that opted in.
/// </summary>
public sealed class DirectoryQuery(LanternDbContext db)
{
    public const int MaxOrganisations = 100;

    public async Task<IReadOnlyList<DirectoryEntry>> SearchAsync(DirectoryFilter filter, bool publicOnly, CancellationToken cancellationToken = default)
    {
        var services = db.Services.AsNoTracking();
        if (publicOnly)
        {
            services = services.Where(s => s.Organisation!.PublicListing);
        }

        if (!string.IsNullOrWhiteSpace(filter.SubService))
        {
            services = services.Where(s => s.SubService!.Code == filter.SubService);
        }

        if (filter.Pillar is { } pillar)
        {
            services = services.Where(s => s.SubService!.Pillar == pillar);
        }

        if (filter.AreaId is { } areaId)
        {
            var scope = await AreaScope.LoadAsync(db, areaId, cancellationToken);
            if (scope is null)
            {
                return [];
            }

            services = services.Where(scope.Covers(db));
        }

        if (filter.Population is { } population)
        {
            services = services.Where(s => s.Populations.Any(p => p.Population == population));
        }

        if (LanguageCodes.Normalise(filter.Language) is { Length: > 0 } language && !language.Contains(','))
        {
            var padded = "," + language + ",";
            services = services.Where(s => ("," + s.Languages + ",").Contains(padded) || ("," + s.Organisation!.Languages + ",").Contains(padded));
        }

        if (filter.ReferralsOnly)
        {
            services = services.Where(s => s.AcceptsReferrals);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLower();
            services = services.Where(s => s.Organisation!.Name.ToLower().Contains(text)
                                           || (s.Description != null && s.Description.ToLower().Contains(text))
                                           || s.SubService!.Name.ToLower().Contains(text));
        }

        var organisationIds = await services.Select(s => s.OrganisationId).Distinct().OrderBy(id => id).Take(MaxOrganisations).ToListAsync(cancellationToken);
        var matches = await services.Where(s => organisationIds.Contains(s.OrganisationId))
            .Include(s => s.Organisation).Include(s => s.SubService).Include(s => s.Areas).ThenInclude(a => a.Area).Include(s => s.Populations)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. matches.GroupBy(s => s.OrganisationId)
            .Select(g => new DirectoryEntry(g.First().Organisation!, [.. g.OrderBy(s => s.SubService!.SortOrder)]))
            .OrderBy(e => e.Organisation.Name)];
    }
}
