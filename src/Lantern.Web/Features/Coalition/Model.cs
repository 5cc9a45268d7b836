namespace Lantern.Web.Features.Coalition;

/// <summary>The four slices of anti-trafficking work (seed 002).</summary>
public enum Pillar
{
    Advocacy = 1,
    Prevention = 2,
    Intervention = 3,
    Rehabilitation = 4,
}

public enum Population
{
    WomenAndGirls = 1,
    Children = 2,
    MigrantsAndRefugees = 3,
    IndigenousCommunities = 4,
    Lgbtq2 = 5,
    PeopleWithDisabilities = 6,
    MenAndBoys = 7,
    AtRiskWorkers = 8,
}

public enum OrganisationType
{
    Ngo = 1,
    Government = 2,
    LawEnforcement = 3,
    FaithBased = 4,
    Business = 5,
    International = 6,
    Academic = 7,
}

public enum AreaKind
{
    Country = 1,
    Region = 2,
    Locality = 3,
}

/// <summary>How names are compared: trimmed and upper-cased, the same on SQLite and PostgreSQL.</summary>
public static class NameKey
{
    public static string Of(string name) => name.Trim().ToUpperInvariant();
}

/// <summary>
/// A place a service covers. <see cref="Path"/> holds the ids from the root down ("/3/17/"), so a
/// subtree is one prefix match and the ancestors are in the string itself.
/// </summary>
public sealed class Area
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public Area? Parent { get; set; }
    public required string Name { get; set; }
    /// <summary>The name in upper case, for case-insensitive uniqueness that SQLite's ASCII-only LOWER() cannot give.</summary>
    public string NormalizedName { get; set; } = "";
    public AreaKind Kind { get; set; }
    public string Path { get; set; } = "/";

    public IEnumerable<int> AncestorIds() =>
        Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(id => id != Id);
}

/// <summary>An entry of the seeded sub-service catalogue; its pillar is fixed by the catalogue.</summary>
public sealed class SubService
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public Pillar Pillar { get; set; }
    public int SortOrder { get; set; }
}

public sealed class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The name in upper case: organisations are unique and matched by name, whatever its case.</summary>
    public string NormalizedName { get; set; } = "";
    public OrganisationType Type { get; set; }
    public string? Description { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    /// <summary>ISO 639-1 codes, comma-separated, lower case ("en,it").</summary>
    public string Languages { get; set; } = "";
    /// <summary>Only organisations that opted in appear in the public directory.</summary>
    public bool PublicListing { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<Service> Services { get; set; } = [];
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
