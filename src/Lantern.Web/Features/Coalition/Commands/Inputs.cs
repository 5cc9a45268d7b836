using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Coalition.Model;

namespace Lantern.Web.Features.Coalition.Commands;

/// <summary>What a person or a script sends to create or change an organisation.</summary>
public sealed class OrganisationInput
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    public OrganisationType Type { get; set; } = OrganisationType.Ngo;

    // Forms post "" for an empty box; the e-mail and web address checks accept a missing value but
    // not an empty one, so the optional fields store blanks as null.
    [StringLength(4000)]
    public string? Description { get => description; set => description = NullIfBlank(value); }

    [EmailAddress, StringLength(320)]
    public string? Email { get => email; set => email = NullIfBlank(value); }

    [StringLength(64)]
    public string? Phone { get => phone; set => phone = NullIfBlank(value); }

    [Url, StringLength(400)]
    public string? Website { get => website; set => website = NullIfBlank(value); }

    /// <summary>ISO 639-1 codes separated by commas or spaces ("en, it").</summary>
    [StringLength(200)]
    public string? Languages { get; set; }

    public bool PublicListing { get; set; }

    private string? description;
    private string? email;
    private string? phone;
    private string? website;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What a person or a script sends to create or change a service.</summary>
public sealed class ServiceInput
{
    /// <summary>A code from the sub-service catalogue, e.g. "emergency-shelter".</summary>
    [Required, StringLength(64)]
    public string SubService { get; set; } = "";

    [MinLength(1, ErrorMessage = "Choose at least one area.")]
    public List<int> AreaIds { get; set; } = [];

    [MinLength(1, ErrorMessage = "Choose at least one population.")]
    public List<Population> Populations { get; set; } = [];

    [Range(0, 1_000_000)]
    public int? MonthlyCapacity { get; set; }

    [StringLength(200)]
    public string? Languages { get; set; }

    public bool AcceptsReferrals { get; set; }

    [StringLength(1000)]
    public string? ReferralMethod { get; set; }

    [StringLength(4000)]
    public string? Description { get; set; }
}

public sealed class AreaInput
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    public int? ParentId { get; set; }
}
