namespace Lantern.Web.Features.Coalition.Model;

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
