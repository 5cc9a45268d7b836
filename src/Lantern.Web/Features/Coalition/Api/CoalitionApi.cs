using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Features.Coalition.Pages;
using Lantern.Web.Features.Coalition.Queries;
using Lantern.Web.Features.Coalition.Transfer;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Coalition.Api;

public static class CoalitionApi
{
    public static void MapCoalitionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Coalition service map");

        api.MapGet("/areas", async (LanternDbContext db, CancellationToken ct) =>
                await db.Areas.AsNoTracking().OrderBy(a => a.Path).Select(a => new AreaDto(a.Id, a.ParentId, a.Name, a.Kind)).ToListAsync(ct))
            .RequirePermission(Resource.Areas, Operation.Read)
            .WithName("ListAreas")
            .WithSummary("All areas, parents before children.");

        api.MapPost("/areas", async (AreaInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new CreateArea(input), ct)).ToCreated(a => $"/api/areas/{a.Id}", a => new AreaDto(a.Id, a.ParentId, a.Name, a.Kind)))
            .RequirePermission(Resource.Areas, Operation.Edit)
            .WithName("CreateArea")
            .WithSummary("Adds a country (no parent), a region or a locality.");

        api.MapGet("/sub-services", async (LanternDbContext db, CancellationToken ct) =>
                await db.SubServices.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new { s.Code, s.Name, s.Pillar }).ToListAsync(ct))
            .RequirePermission(Resource.Organisations, Operation.Read)
            .WithName("ListSubServices")
            .WithSummary("The sub-service catalogue under the four pillars.");

        api.MapGet("/organisations", async (LanternDbContext db, string? q, int? page, int? pageSize, CancellationToken ct) =>
            {
                var request = PageRequest.Of(page, pageSize);
                var query = db.Organisations.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(q))
                {
                    var needle = NameKey.Of(q);
                    query = query.Where(o => o.NormalizedName.Contains(needle));
                }

                var total = await query.CountAsync(ct);
                var items = await query.OrderBy(o => o.Name).Skip(request.Skip).Take(request.Size).ToListAsync(ct);
                return new Page<OrganisationDto>(total, request.Number, request.Size, [.. items.Select(o => OrganisationDto.From(o, withServices: false))]);
            })
            .RequirePermission(Resource.Organisations, Operation.Read)
            .WithName("SearchOrganisations")
            .WithSummary("Organisations by name, a page at a time.");

        api.MapGet("/organisations/{id:int}", async (int id, LanternDbContext db, CancellationToken ct) =>
                await WithServices(db).SingleOrDefaultAsync(o => o.Id == id, ct) is { } organisation
                    ? Results.Ok(OrganisationDto.From(organisation, withServices: true))
                    : Results.NotFound())
            .RequirePermission(Resource.Organisations, Operation.Read)
            .WithName("GetOrganisation")
            .WithSummary("One organisation with its services.");

        api.MapPost("/organisations", async (OrganisationInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new CreateOrganisation(input), ct)).ToCreated(o => $"/api/organisations/{o.Id}", o => OrganisationDto.From(o, withServices: false)))
            .RequirePermission(Resource.Organisations, Operation.Edit)
            .WithName("CreateOrganisation")
            .WithSummary("Adds an organisation.");

        api.MapPut("/organisations/{id:int}", async (int id, OrganisationInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new UpdateOrganisation(id, input), ct)).ToOk(o => OrganisationDto.From(o, withServices: false)))
            .RequirePermission(Resource.Organisations, Operation.Edit)
            .WithName("UpdateOrganisation")
            .WithSummary("Replaces an organisation's details.");

        api.MapDelete("/organisations/{id:int}", async (int id, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new DeleteOrganisation(id), ct)).ToNoContent())
            .RequirePermission(Resource.Organisations, Operation.Edit)
            .WithName("DeleteOrganisation")
            .WithSummary("Deletes an organisation and its services.");

        api.MapPost("/organisations/{id:int}/services", async (int id, ServiceInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new AddService(id, input), ct)).ToCreated(s => $"/api/services/{s.Id}", s => s.Id))
            .RequirePermission(Resource.Organisations, Operation.Edit)
            .WithName("AddService")
            .WithSummary("Adds a service to an organisation.");

        api.MapPut("/services/{id:int}", async (int id, ServiceInput input, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new UpdateService(id, input), ct)).ToOk(s => s.Id))
            .RequirePermission(Resource.Organisations, Operation.Edit)
            .WithName("UpdateService")
            .WithSummary("Replaces a service.");

        api.MapDelete("/services/{id:int}", async (int id, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new DeleteService(id), ct)).ToNoContent())
            .RequirePermission(Resource.Organisations, Operation.Edit)
            .WithName("DeleteService")
            .WithSummary("Deletes a service.");

        api.MapGet("/directory", async (HttpRequest request, DirectoryQuery directory, CancellationToken ct) =>
                (await directory.SearchAsync(DirectoryFilterBinding.FromQuery(request.Query), publicOnly: false, ct))
                .Select(e => OrganisationDto.From(e.Organisation, withServices: false) with { Services = [.. e.Services.Select(ServiceDto.From)] }))
            .RequirePermission(Resource.Organisations, Operation.Read)
            .WithName("SearchDirectory")
            .WithSummary("Referral directory: services matching q, sub, pillar, area, population, language and referrals=true, by organisation.");

        api.MapGet("/coverage/{areaId:int}", async (int areaId, int? dup, CoverageQuery query, IOptions<CoverageOptions> options, CancellationToken ct) =>
                await query.RunAsync(areaId, Math.Clamp(dup ?? options.Value.DuplicationThreshold, 2, 50), ct) is { } result
                    ? Results.Ok(ToDto(result.Scope, result.Report))
                    : Results.NotFound())
            .RequirePermission(Resource.Coverage, Operation.Read)
            .WithName("GetCoverage")
            .WithSummary("The four slices, the coverage matrix and the ranked needs of an area.");

        api.MapPost("/organisations/import", async (HttpRequest request, CommandRunner commands, CancellationToken ct) =>
            {
                var format = TableFile.FormatOf(null, request.ContentType?.Split(';')[0].Trim());
                if (format is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as the body with Content-Type text/csv or the XLSX media type.");
                }

                if (request.ContentLength > OrganisationImport.MaxBytes)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The limit is {OrganisationImport.MaxBytes / 1024 / 1024} MB.");
                }

                using var memory = new MemoryStream();
                await request.Body.CopyToAsync(memory, ct);
                var imported = await commands.RunAsync(new ImportOrganisations(memory.ToArray(), format.Value), ct);
                return imported.Succeeded ? Results.Ok(imported.Value) : imported.Value is { } report ? Results.UnprocessableEntity(report) : imported.Problem();
            })
            .RequirePermission(Resource.Organisations, Operation.Import)
            .WithMetadata(new RequestSizeLimitAttribute(OrganisationImport.MaxBytes + 1024))
            .WithName("ImportOrganisations")
            .WithSummary("Imports a CSV or XLSX body, all or nothing; 422 with every problem when the file is rejected.");

        api.MapGet("/organisations/export", (string? format, OrganisationExport export, CancellationToken ct) =>
                export.ExportAsync(format == "xlsx" ? TableFormat.Xlsx : TableFormat.Csv, ct))
            .RequirePermission(Resource.Organisations, Operation.Export)
            .Audited(AuditAction.Export, "Organisation")
            .WithName("ExportOrganisations")
            .WithSummary("Organisations and services as CSV (default) or format=xlsx.");

        app.MapGet("/coalition/export.{format:regex(^(csv|xlsx)$)}", (string format, OrganisationExport export, CancellationToken ct) =>
                export.ExportAsync(format == "xlsx" ? TableFormat.Xlsx : TableFormat.Csv, ct))
            .RequirePermission(Resource.Organisations, Operation.Export)
            .Audited(AuditAction.Export, "Organisation")
            .ExcludeFromDescription();
    }

    private static IQueryable<Organisation> WithServices(LanternDbContext db) =>
        db.Organisations.AsNoTracking()
            .Include(o => o.Services).ThenInclude(s => s.SubService)
            .Include(o => o.Services).ThenInclude(s => s.Areas)
            .Include(o => o.Services).ThenInclude(s => s.Populations)
            .AsSplitQuery();

    private static CoverageDto ToDto(AreaScope scope, CoverageReport report) => new(
        new AreaDto(scope.Area.Id, scope.Area.ParentId, scope.Area.Name, scope.Area.Kind),
        report.DuplicationThreshold,
        report.ServicesByPillar,
        report.GapCount,
        report.DuplicatedCount,
        [.. from s in report.SubServices from p in CoverageReport.Populations select new CoverageCellDto(s.Code, p, report.Providers(s.Id, p), report.Status(s.Id, p))],
        [.. report.Needs.Select(n => new NeedDto(n.SubService.Code, n.SubService.Pillar, n.Population, n.Score, n.Reason))]);
}
