namespace Lantern.Web.Features.Coalition.Transfer;

/// <summary>
/// The file layout shared by import and export: one row per service, the organisation's columns
/// repeated on each of its rows; an organisation without services has one row with the service
/// columns empty. Lists inside a cell are separated by ";", area paths by "/".
/// </summary>
public static class TransferColumns
{
    public const string Organisation = "organisation";
    public const string OrganisationType = "organisation_type";
    public const string Description = "description";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Website = "website";
    public const string OrganisationLanguages = "organisation_languages";
    public const string PublicListing = "public_listing";
    public const string SubService = "sub_service";
    /// <summary>Exported for reading; ignored on import because the catalogue fixes each sub-service's pillar.</summary>
    public const string Pillar = "pillar";
    public const string Areas = "areas";
    public const string Populations = "populations";
    public const string MonthlyCapacity = "monthly_capacity";
    public const string ServiceLanguages = "service_languages";
    public const string AcceptsReferrals = "accepts_referrals";
    public const string ReferralMethod = "referral_method";
    public const string ServiceDescription = "service_description";

    public static readonly IReadOnlyList<string> All =
    [
        Organisation, OrganisationType, Description, Email, Phone, Website, OrganisationLanguages, PublicListing,
        SubService, Pillar, Areas, Populations, MonthlyCapacity, ServiceLanguages, AcceptsReferrals, ReferralMethod, ServiceDescription,
    ];

    public static readonly IReadOnlyList<string> Required = [Organisation, OrganisationType];

    public static readonly IReadOnlyList<string> ServiceOnly =
        [Areas, Populations, MonthlyCapacity, ServiceLanguages, AcceptsReferrals, ReferralMethod, ServiceDescription];

    public const char ListSeparator = ';';
    public const char PathSeparator = '/';
}
