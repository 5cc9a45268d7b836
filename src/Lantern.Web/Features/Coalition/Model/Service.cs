namespace Lantern.Web.Features.Coalition.Model;

/// <summary>An entry of the seeded sub-service catalogue; its pillar is fixed by the catalogue.</summary>
public sealed class SubService
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public Pillar Pillar { get; set; }
    public int SortOrder { get; set; }
}

public sealed class Service
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int SubServiceId { get; set; }
    public SubService? SubService { get; set; }
    public string? Description { get; set; }
    public int? MonthlyCapacity { get; set; }
    public string Languages { get; set; } = "";
    public bool AcceptsReferrals { get; set; }
    public string? ReferralMethod { get; set; }
    public List<ServiceArea> Areas { get; set; } = [];
    public List<ServicePopulation> Populations { get; set; } = [];
}

public sealed class ServiceArea
{
    public int ServiceId { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }
}

public sealed class ServicePopulation
{
    public int ServiceId { get; set; }
    public Population Population { get; set; }
}
