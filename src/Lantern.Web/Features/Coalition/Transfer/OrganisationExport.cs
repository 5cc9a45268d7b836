using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Features.Coalition.Transfer.TransferColumns;

namespace Lantern.Web.Features.Coalition.Transfer;

public sealed class OrganisationExport(LanternDbContext db)
{
    public const string FileStem = "lantern-organisations";

    public async Task<IResult> ExportAsync(TableFormat format, CancellationToken cancellationToken) =>
        TableExport.ToResult(FileStem, format, All, await RowsAsync(cancellationToken));

    public async Task<IEnumerable<IReadOnlyList<string?>>> RowsAsync(CancellationToken cancellationToken)
    {
        var areaPaths = await AreaPaths.LoadAsync(db, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Include(o => o.Services).ThenInclude(s => s.SubService)
            .Include(o => o.Services).ThenInclude(s => s.Areas)
            .Include(o => o.Services).ThenInclude(s => s.Populations)
            .AsSplitQuery()
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        return organisations.SelectMany(o => Rows(o, areaPaths));
    }

    private static IEnumerable<IReadOnlyList<string?>> Rows(Organisation organisation, AreaPaths areaPaths)
    {
        string?[] OrganisationCells() =>
        [
            organisation.Name, Labels.Code(organisation.Type), organisation.Description, organisation.Email, organisation.Phone,
            organisation.Website, organisation.Languages.Replace(",", "; "), organisation.PublicListing ? "yes" : "no",
        ];

        if (organisation.Services.Count == 0)
        {
            yield return [.. OrganisationCells(), .. new string?[All.Count - 8]];
            yield break;
        }

        foreach (var service in organisation.Services.OrderBy(s => s.SubService!.SortOrder))
        {
            yield return
            [
                .. OrganisationCells(),
                service.SubService!.Code,
                Labels.Code(service.SubService.Pillar),
                string.Join("; ", service.Areas.Select(a => areaPaths.PathOf(a.AreaId)).Order()),
                string.Join("; ", service.Populations.Select(p => Labels.Code(p.Population))),
                service.MonthlyCapacity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                service.Languages.Replace(",", "; "),
                service.AcceptsReferrals ? "yes" : "no",
                service.ReferralMethod,
                service.Description,
            ];
        }
    }
}
