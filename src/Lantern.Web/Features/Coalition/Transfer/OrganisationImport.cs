using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Col = Lantern.Web.Features.Coalition.Transfer.TransferColumns;

namespace Lantern.Web.Features.Coalition.Transfer;

public sealed record ImportReport(
    bool Applied, int OrganisationsCreated, int OrganisationsUpdated, int ServicesCreated, int ServicesAlreadyPresent, IReadOnlyList<TableProblem> Problems)
{
    public static ImportReport Rejected(IEnumerable<TableProblem> problems) => new(false, 0, 0, 0, 0, [.. problems.OrderBy(p => p.Row)]);
}

/// <summary>
/// Imports organisations and services from a CSV or XLSX file, all or nothing: every row is checked
/// first and every problem reported with its row and column; only a clean file is written, in the
/// transaction of the <see cref="Commands.ImportOrganisations"/> command that runs it. Organisations are matched by name and services already stored are left as they
/// are, so re-importing an edited export updates organisations and adds only the new services.
/// </summary>
public sealed class OrganisationImport(LanternDbContext db, AuditLog audit, TimeProvider clock, IOptions<SpreadsheetLimits> limits)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        [nameof(OrganisationInput.Name)] = Col.Organisation,
        [nameof(OrganisationInput.Description)] = Col.Description,
        [nameof(OrganisationInput.Email)] = Col.Email,
        [nameof(OrganisationInput.Phone)] = Col.Phone,
        [nameof(OrganisationInput.Website)] = Col.Website,
        [nameof(OrganisationInput.Languages)] = Col.OrganisationLanguages,
        [nameof(ServiceInput.AreaIds)] = Col.Areas,
        [nameof(ServiceInput.Populations)] = Col.Populations,
        [nameof(ServiceInput.MonthlyCapacity)] = Col.MonthlyCapacity,
        [nameof(ServiceInput.ReferralMethod)] = Col.ReferralMethod,
    };

    private sealed record ParsedRow(int Number, OrganisationInput Organisation, SubService? SubService, ServiceInput? Service);

    public async Task<ImportReport> ImportAsync(byte[] content, TableFormat format, CancellationToken cancellationToken = default)
    {
        if (content.Length > MaxBytes)
        {
            return ImportReport.Rejected([new TableProblem(0, "", $"The file is {content.Length / 1024 / 1024} MB; the limit is {MaxBytes / 1024 / 1024} MB. Split it into smaller files.")]);
        }

        var (table, problems) = TableFile.Read(content, format, limits.Value);
        if (table is null)
        {
            return ImportReport.Rejected(problems);
        }

        problems.AddRange(CheckHeader(table));
        if (problems.Count > 0)
        {
            return ImportReport.Rejected(problems);
        }

        var catalogue = await db.SubServices.AsNoTracking().ToDictionaryAsync(s => s.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var areaPaths = await AreaPaths.LoadAsync(db, cancellationToken);
        var rows = table.Rows.Select(row => Parse(row, catalogue, areaPaths, problems)).ToList();
        CheckAcrossRows(rows, problems);
        if (problems.Count > 0)
        {
            return ImportReport.Rejected(problems);
        }

        var existing = await db.Organisations
            .Include(o => o.Services).ThenInclude(s => s.SubService)
            .Include(o => o.Services).ThenInclude(s => s.Areas)
            .Include(o => o.Services).ThenInclude(s => s.Populations)
            .AsSplitQuery()
            .ToDictionaryAsync(o => o.NormalizedName, cancellationToken);
        return await ApplyAsync(rows, existing, cancellationToken);
    }

    private static IEnumerable<TableProblem> CheckHeader(Table table)
    {
        foreach (var column in Col.Required.Where(c => !table.Columns.Contains(c)))
        {
            yield return new TableProblem(1, column, "this required column is missing from the header.");
        }

        foreach (var column in table.Columns.Where(c => c.Length > 0 && !Col.All.Contains(c)))
        {
            yield return new TableProblem(1, column, $"unknown column. Known columns: {string.Join(", ", Col.All)}.");
        }
    }

    private static ParsedRow Parse(TableRow row, Dictionary<string, SubService> catalogue, AreaPaths areaPaths, List<TableProblem> problems)
    {
        void Problem(string column, string reason) => problems.Add(new TableProblem(row.Number, column, reason));

        foreach (var (column, value) in row.Cells)
        {
            if (SpreadsheetCells.LooksLikeFormula(value))
            {
                Problem(column, "the cell looks like a spreadsheet formula; Lantern does not import formulas. Remove the leading character.");
            }
        }

        var organisation = new OrganisationInput
        {
            Name = row[Col.Organisation],
            Description = row[Col.Description],
            Email = row[Col.Email],
            Phone = row[Col.Phone],
            Website = row[Col.Website],
            Languages = row[Col.OrganisationLanguages],
            PublicListing = ParseFlag(row, Col.PublicListing, Problem),
        };
        if (Labels.TryParseCode<OrganisationType>(row[Col.OrganisationType], out var type))
        {
            organisation.Type = type;
        }
        else
        {
            Problem(Col.OrganisationType, $"\"{row[Col.OrganisationType]}\" is not an organisation type. Use one of: {string.Join(", ", Enum.GetValues<OrganisationType>().Select(Labels.Code))}.");
        }

        Report(FieldErrors.Of(organisation), Problem);
        if (LanguageCodes.Normalise(organisation.Languages) is null)
        {
            Problem(Col.OrganisationLanguages, "use two- or three-letter language codes separated by ; (en; it).");
        }

        var code = row[Col.SubService];
        if (code.Length == 0)
        {
            foreach (var column in Col.ServiceOnly.Where(c => row[c].Length > 0))
            {
                Problem(column, "a service detail is given but sub_service is empty.");
            }

            return new ParsedRow(row.Number, organisation, null, null);
        }

        if (!catalogue.TryGetValue(code, out var subService))
        {
            Problem(Col.SubService, $"\"{code}\" is not in the sub-service catalogue.");
        }

        var service = new ServiceInput
        {
            SubService = code,
            Languages = row[Col.ServiceLanguages],
            AcceptsReferrals = ParseFlag(row, Col.AcceptsReferrals, Problem),
            ReferralMethod = row[Col.ReferralMethod],
            Description = row[Col.ServiceDescription],
        };
        foreach (var path in List(row[Col.Areas]))
        {
            if (areaPaths.Find(path) is { } areaId)
            {
                service.AreaIds.Add(areaId);
            }
            else
            {
                Problem(Col.Areas, $"unknown area \"{path}\". Add it under Areas first, or write its full path such as Country/Region/Locality.");
            }
        }

        foreach (var item in List(row[Col.Populations]))
        {
            if (item.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                service.Populations.AddRange(Enum.GetValues<Population>());
            }
            else if (Labels.TryParseCode<Population>(item, out var population))
            {
                service.Populations.Add(population);
            }
            else
            {
                Problem(Col.Populations, $"\"{item}\" is not a population. Use \"all\" or: {string.Join(", ", Enum.GetValues<Population>().Select(Labels.Code))}.");
            }
        }

        var capacity = row[Col.MonthlyCapacity];
        if (capacity.Length > 0)
        {
            if (int.TryParse(capacity, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                service.MonthlyCapacity = number;
            }
            else
            {
                Problem(Col.MonthlyCapacity, $"\"{capacity}\" is not a whole number of people.");
            }
        }

        var errors = FieldErrors.Of(service);
        if (!errors.IsEmpty && List(row[Col.Areas]).Length > 0)
        {
            // Unknown areas were reported above; do not report the same cell again as "no area".
            errors.Remove(nameof(ServiceInput.AreaIds));
        }

        Report(errors, Problem);
        if (LanguageCodes.Normalise(service.Languages) is null)
        {
            Problem(Col.ServiceLanguages, "use two- or three-letter language codes separated by ; (en; it).");
        }

        return new ParsedRow(row.Number, organisation, subService, service);
    }

    private static void CheckAcrossRows(List<ParsedRow> rows, List<TableProblem> problems)
    {
        var firstByOrganisation = new Dictionary<string, ParsedRow>();
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var name = NameKey.Of(row.Organisation.Name);
            if (firstByOrganisation.TryGetValue(name, out var first) && !SameOrganisation(first.Organisation, row.Organisation))
            {
                problems.Add(new TableProblem(row.Number, Col.Organisation, $"\"{row.Organisation.Name.Trim()}\" is described differently on row {first.Number}; repeat the same organisation details on every row."));
            }

            firstByOrganisation.TryAdd(name, row);
            var key = $"{name}|{ServiceKey(row.Service)}";
            if (seen.TryGetValue(key, out var earlier))
            {
                problems.Add(new TableProblem(row.Number, "", $"duplicates row {earlier}."));
            }

            seen.TryAdd(key, row.Number);
        }
    }

    private async Task<ImportReport> ApplyAsync(List<ParsedRow> rows, Dictionary<string, Organisation> existing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0, services = 0, unchanged = 0;
        foreach (var group in rows.GroupBy(r => NameKey.Of(r.Organisation.Name)))
        {
            var input = group.First().Organisation;
            if (!existing.TryGetValue(group.Key, out var organisation))
            {
                organisation = new Organisation { Name = input.Name.Trim(), CreatedAt = now };
                db.Organisations.Add(organisation);
                created++;
            }
            else
            {
                updated++;
            }

            CoalitionRules.Apply(input, organisation, now);
            var stored = organisation.Services.Select(ServiceKey).ToHashSet();
            foreach (var row in group.Where(r => r.Service is not null))
            {
                if (stored.Contains(ServiceKey(row.Service)))
                {
                    unchanged++;
                    continue;
                }

                var service = new Service();
                CoalitionRules.Apply(row.Service!, row.SubService!, service);
                organisation.Services.Add(service);
                services++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.Import, nameof(Organisation), detail: $"{created} created, {updated} updated, {services} services added", cancellationToken: cancellationToken);
        return new ImportReport(true, created, updated, services, unchanged, []);
    }

    private static string ServiceKey(ServiceInput? service) => service is null
        ? "(organisation only)"
        : $"{service.SubService.ToLowerInvariant()}|{string.Join(',', service.AreaIds.Distinct().Order())}|{string.Join(',', service.Populations.Distinct().Order())}";

    private static string ServiceKey(Service service) =>
        ServiceKey(new ServiceInput
        {
            SubService = service.SubService?.Code ?? "",
            AreaIds = [.. service.Areas.Select(a => a.AreaId)],
            Populations = [.. service.Populations.Select(p => p.Population)],
        });

    private static bool SameOrganisation(OrganisationInput a, OrganisationInput b) =>
        a.Type == b.Type && a.Description == b.Description && a.Email == b.Email && a.Phone == b.Phone && a.Website == b.Website
        && LanguageCodes.Normalise(a.Languages) == LanguageCodes.Normalise(b.Languages) && a.PublicListing == b.PublicListing;

    private static bool ParseFlag(TableRow row, string column, Action<string, string> problem)
    {
        switch (row[column].ToLowerInvariant())
        {
            case "" or "no" or "false" or "0" or "n":
                return false;
            case "yes" or "true" or "1" or "y":
                return true;
            default:
                problem(column, $"\"{row[column]}\" is not yes or no.");
                return false;
        }
    }

    private static string[] List(string cell) =>
        cell.Split(Col.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Report(FieldErrors errors, Action<string, string> problem)
    {
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                problem(ColumnOfField.GetValueOrDefault(field, field), message);
            }
        }
    }

}
