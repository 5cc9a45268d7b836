using System.Globalization;

namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>Display names of the planner's enums, in one place for pages and exports alike.</summary>
public static class AdvocacyLabels
{
    public static string Of(TargetGroup group) => group switch
    {
        TargetGroup.EuInstitutions => "EU institutions and networks",
        TargetGroup.UnAndInternational => "UN and international agencies",
        TargetGroup.NationalAuthorities => "National authorities and stakeholders",
        TargetGroup.TechnologySector => "Technology sector",
        TargetGroup.NgosAndProfessionals => "NGOs and professionals",
        TargetGroup.MediaAndPublic => "Media, influencers and the public",
        _ => "Other",
    };

    public static string Of(TacticKind kind) => kind switch
    {
        TacticKind.Discreet => "Discreet intervention",
        TacticKind.Public => "Public campaigning",
        _ => "Semi-public approach",
    };

    public static string Of(RiskCategory category) => category switch
    {
        RiskCategory.LimitedEvidence => "Limited evidence for the change",
        RiskCategory.LackOfResources => "Lack of funding or people",
        RiskCategory.LackOfPublicSupport => "Lack of public support",
        RiskCategory.ProgrammaticOrSafety => "Programmatic or safety risk",
        RiskCategory.PolicyMakerDisinterest => "Policy-makers not interested",
        RiskCategory.LimitedLegalProgress => "Limited legal progress",
        _ => "Other",
    };

    public static string Of(EvaluationStage stage) => stage == EvaluationStage.MidTerm ? "Mid-term evaluation" : "Final evaluation";

    public static string Of(EvaluationAnswerValue answer) => answer switch
    {
        EvaluationAnswerValue.Yes => "Yes",
        EvaluationAnswerValue.Partly => "Partly",
        EvaluationAnswerValue.No => "No",
        _ => "Not yet answered",
    };

    public static string Of(MediaKitKind kind) => kind switch
    {
        MediaKitKind.Faq => "Frequently asked question",
        MediaKitKind.FactSheet => "Fact sheet",
        MediaKitKind.Spokesperson => "Spokesperson contact",
        _ => "Press release",
    };

    public static string Of(IndicatorKind kind) => kind == IndicatorKind.Activity ? "Activity indicator" : "Outcome indicator";

    public static string Of(EvidenceKind kind) => kind.ToString();

    public static string Of(CampaignStatus status) => status.ToString();

    public static string Of(RiskStatus status) => status.ToString();

    public static string Of(Impact impact) => impact == Impact.High ? "High impact" : "Low impact";

    public static string Of(Influence influence) => influence == Influence.Easy ? "Easy to influence" : "Difficult to influence";

    /// <summary>"5 Mar 2026": unambiguous in every country, unlike 05/03/2026.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "–";

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
