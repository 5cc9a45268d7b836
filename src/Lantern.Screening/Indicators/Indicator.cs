using Lantern.Screening.Ads;

namespace Lantern.Screening.Indicators;

/// <summary>
/// One warning sign the engine can raise. The code is stable (results, exports and reviews refer
/// to it); the weight is the rule scorer's belief that the sign alone warrants a closer look.
/// </summary>
/// <param name="Index">Position in <see cref="IndicatorCatalog.All"/>, used as a bit in <see cref="IndicatorSet"/>.</param>
public sealed record Indicator(int Index, string Code, string Label, double Weight, AdKind[] AppliesTo, string Source)
{
    public bool AppliesToKind(AdKind kind) => Array.IndexOf(AppliesTo, kind) >= 0;
}

/// <summary>The thirteen indicators, in the order of the toolkit's list of e-trafficking signs.</summary>
public static class IndicatorCatalog
{
    private static readonly AdKind[] Jobs = [AdKind.Job];
    private static readonly AdKind[] Messages = [AdKind.Message, AdKind.Profile];
    private static readonly AdKind[] Services = [AdKind.Service, AdKind.Profile];
    private static readonly AdKind[] Any = [AdKind.Job, AdKind.Service, AdKind.Profile, AdKind.Message];

    private const string DeceptiveJobs = "F2L toolkit §1.3, advertisement of deceptive job vacancies";
    private const string ServiceAds = "F2L toolkit §1.3, advertisement of services provided by exploited persons";

    public static readonly Indicator UnrealisticOffer = new(0, "job.unrealistic_offer", "Unrealistic offer: pay, accommodation or conditions too good to be true", 0.35, Jobs, DeceptiveJobs);
    public static readonly Indicator VagueDescription = new(1, "job.vague_description", "Vague description of the work or of what it requires", 0.2, Jobs, DeceptiveJobs);
    public static readonly Indicator UnnamedEmployer = new(2, "job.unnamed_employer", "The employer is not clearly named", 0.2, Jobs, DeceptiveJobs);
    public static readonly Indicator TravelProvided = new(3, "job.travel_provided", "Travel or travel documents arranged by the employer", 0.35, Jobs, DeceptiveJobs);
    public static readonly Indicator RequestsPersonalInfo = new(4, "job.requests_personal_info", "Early request for pictures or personal documents", 0.35, Jobs, DeceptiveJobs);
    public static readonly Indicator PoorLanguage = new(5, "job.poor_language", "Poor language: spelling, grammar or style", 0.15, Jobs, DeceptiveJobs);
    public static readonly Indicator RomanticGrooming = new(6, "message.romantic_grooming", "Simulated romantic interest used to gain trust (\"lover-boy\" method)", 0.45, Messages, "F2L toolkit §1.3, the \"lover-boy\" method");
    public static readonly Indicator PossibleMinor = new(7, "ad.possible_minor", "The person may be under 18", 0.7, Services, ServiceAds);
    public static readonly Indicator UnprotectedSex = new(8, "ad.unprotected_sex", "Promotion of unprotected sex", 0.45, Services, ServiceAds);
    public static readonly Indicator ThirdPartyControl = new(9, "ad.third_party_control", "Someone else manages the person's bookings or earnings", 0.45, Services, "Screening practice beyond the toolkit: ads written or managed by a third party");
    public static readonly Indicator SharedContact = new(10, "ad.shared_contact", "The same contact details appear in other ads", 0.3, Any, ServiceAds);
    public static readonly Indicator ReusedImages = new(11, "ad.reused_images", "The same pictures appear in other ads", 0.3, Any, ServiceAds);
    public static readonly Indicator InconsistentDetails = new(12, "ad.inconsistent_details", "Ads sharing a contact or picture give different names, ages or places", 0.45, Any, ServiceAds);

    /// <summary>Every indicator, each at the position its <see cref="Indicator.Index"/> names.</summary>
    public static IReadOnlyList<Indicator> All { get; } =
    [
        UnrealisticOffer, VagueDescription, UnnamedEmployer, TravelProvided, RequestsPersonalInfo, PoorLanguage,
        RomanticGrooming, PossibleMinor, UnprotectedSex, ThirdPartyControl, SharedContact, ReusedImages, InconsistentDetails,
    ];

    public static Indicator? ByCode(string code) => All.FirstOrDefault(i => i.Code == code);
}
