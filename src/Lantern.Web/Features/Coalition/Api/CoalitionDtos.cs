using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Features.Coalition.Queries;

namespace Lantern.Web.Features.Coalition.Api;

public sealed record AreaDto(int Id, int? ParentId, string Name, AreaKind Kind);

public sealed record ServiceDto(
    int Id, int OrganisationId, string SubService, Pillar Pillar, IReadOnlyList<int> AreaIds, IReadOnlyList<Population> Populations,
    int? MonthlyCapacity, string Languages, bool AcceptsReferrals, string? ReferralMethod, string? Description)
{
    public static ServiceDto From(Service s) => new(
        s.Id, s.OrganisationId, s.SubService!.Code, s.SubService.Pillar, [.. s.Areas.Select(a => a.AreaId)], [.. s.Populations.Select(p => p.Population)],
        s.MonthlyCapacity, s.Languages, s.AcceptsReferrals, s.ReferralMethod, s.Description);
}

public sealed record OrganisationDto(
    int Id, string Name, OrganisationType Type, string? Description, string? Email, string? Phone, string? Website,
    string Languages, bool PublicListing, DateTime UpdatedAt, IReadOnlyList<ServiceDto>? Services)
{
    public static OrganisationDto From(Organisation o, bool withServices) => new(
        o.Id, o.Name, o.Type, o.Description, o.Email, o.Phone, o.Website, o.Languages, o.PublicListing, o.UpdatedAt,
        withServices ? [.. o.Services.Select(ServiceDto.From)] : null);
}

public sealed record CoverageCellDto(string SubService, Population Population, int Providers, CellStatus Status);

public sealed record NeedDto(string SubService, Pillar Pillar, Population Population, double Score, string Reason);

public sealed record CoverageDto(
    AreaDto Area, int DuplicationThreshold, IReadOnlyDictionary<Pillar, int> ServicesByPillar,
    int Gaps, int Duplicated, IReadOnlyList<CoverageCellDto> Cells, IReadOnlyList<NeedDto> Needs);


/// <summary>The JSON API of the service map, and the file exports the pages link to.</summary>
