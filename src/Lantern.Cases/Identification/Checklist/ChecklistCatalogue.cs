using Lantern.Cases.Htcds;

namespace Lantern.Cases.Identification.Checklist;

/// <summary>Every item of the screening checklist, in the order it is shown.</summary>
public static class ChecklistCatalogue
{
    private const string PalermoDefinition = "palermo-definition";
    private const string FormsOfExploitation = "forms-of-exploitation";
    private const string GeneralIndicators = "general-indicators";
    private const string ETraffickingIndicators = "e-trafficking-indicators";

    public static IReadOnlyList<ChecklistItem> Items { get; } =
    [
        .. ForcedLabourIndicators(),
        .. SignsOfVictim(),
        .. ETraffickingSigns(),
        .. Acts(),
        .. Means(),
        .. Purposes(),
    ];

    private static readonly Dictionary<string, ChecklistItem> ByCode = Items.ToDictionary(item => item.Code, StringComparer.Ordinal);

    /// <summary>The item with this code; an unknown or empty code is a caller's mistake and throws, naming it.</summary>
    public static ChecklistItem Item(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("A checklist code is empty.", nameof(code));
        }

        return ByCode.TryGetValue(code, out var item)
            ? item
            : throw new ArgumentException($"'{code}' is not a code of the screening checklist.", nameof(code));
    }

    private static IEnumerable<ChecklistItem> ForcedLabourIndicators()
    {
        const ChecklistGroup ilo = ChecklistGroup.ForcedLabourIndicator;
        yield return new("ilo.abuse_of_vulnerability", ilo, "vulnerable-groups");
        yield return new("ilo.deception", ilo, GeneralIndicators);
        yield return new("ilo.restriction_of_movement", ilo, GeneralIndicators);
        yield return new("ilo.isolation", ilo, GeneralIndicators);
        yield return new("ilo.physical_and_sexual_violence", ilo, GeneralIndicators);
        yield return new("ilo.intimidation_and_threats", ilo, GeneralIndicators);
        yield return new("ilo.retention_of_identity_documents", ilo, GeneralIndicators);
        yield return new("ilo.withholding_of_wages", ilo, GeneralIndicators);
        yield return new("ilo.debt_bondage", ilo, FormsOfExploitation);
        yield return new("ilo.abusive_conditions", ilo, GeneralIndicators);
        yield return new("ilo.excessive_overtime", ilo, GeneralIndicators);
    }

    /// <summary>
    /// The toolkit also lists missing identity documents, low or no pay, and talk of debt or
    /// threats; those facts are already ILO indicators above, so they are not asked twice.
    /// </summary>
    private static IEnumerable<ChecklistItem> SignsOfVictim()
    {
        const ChecklistGroup sign = ChecklistGroup.SignOfVictim;
        yield return new("sign.physical_abuse", sign, GeneralIndicators);
        yield return new("sign.malnourished_or_exhausted", sign, GeneralIndicators);
        yield return new("sign.unsuitable_clothing", sign, GeneralIndicators);
        yield return new("sign.cannot_speak_freely", sign, GeneralIndicators);
        yield return new("sign.fearful_or_submissive", sign, GeneralIndicators);
        yield return new("sign.repeated_abortions", sign, GeneralIndicators);
    }

    private static IEnumerable<ChecklistItem> ETraffickingSigns()
    {
        const ChecklistGroup online = ChecklistGroup.ETraffickingSign;
        yield return new("online.recruited_through_ad", online, ETraffickingIndicators);
        yield return new("online.lover_boy", online, ETraffickingIndicators);
        yield return new("online.pictures_or_contacts_in_ads", online, ETraffickingIndicators);
        yield return new("online.digital_control", online, ETraffickingIndicators);
    }

    private static IEnumerable<ChecklistItem> Acts()
    {
        const ChecklistGroup act = ChecklistGroup.PalermoAct;
        yield return new("act.recruitment", act, PalermoDefinition);
        yield return new("act.transportation", act, PalermoDefinition);
        yield return new("act.transfer", act, PalermoDefinition);
        yield return new("act.harbouring", act, PalermoDefinition);
        yield return new("act.receipt", act, PalermoDefinition);
    }

    private static IEnumerable<ChecklistItem> Means()
    {
        const ChecklistGroup means = ChecklistGroup.PalermoMeans;
        yield return new("means.threat_of_force", means, PalermoDefinition);
        yield return new("means.use_of_force", means, PalermoDefinition);
        yield return new("means.coercion", means, PalermoDefinition);
        yield return new("means.abduction", means, PalermoDefinition);
        yield return new("means.fraud", means, PalermoDefinition);
        yield return new("means.deception", means, PalermoDefinition);
        yield return new("means.abuse_of_power", means, PalermoDefinition);
        yield return new("means.abuse_of_vulnerability", means, PalermoDefinition);
        yield return new("means.payment_to_controller", means, PalermoDefinition);
    }

    /// <summary>
    /// The Protocol's minimum list of purposes, then the forms later law and the knowledge base add.
    /// Slavery and forced criminality have no HTCDS value of their own, so a case records them as Other.
    /// </summary>
    private static IEnumerable<ChecklistItem> Purposes()
    {
        const ChecklistGroup purpose = ChecklistGroup.PalermoPurpose;
        yield return new("purpose.sexual_exploitation", purpose, FormsOfExploitation, ExploitationType.SexualExploitation);
        yield return new("purpose.forced_labour", purpose, FormsOfExploitation, ExploitationType.ForcedLabour);
        yield return new("purpose.slavery", purpose, FormsOfExploitation, ExploitationType.Other);
        yield return new("purpose.servitude", purpose, FormsOfExploitation, ExploitationType.Servitude);
        yield return new("purpose.organ_removal", purpose, FormsOfExploitation, ExploitationType.OrganRemoval);
        yield return new("purpose.forced_begging", purpose, FormsOfExploitation, ExploitationType.ForcedBegging);
        yield return new("purpose.forced_criminality", purpose, FormsOfExploitation, ExploitationType.Other);
        yield return new("purpose.forced_marriage", purpose, FormsOfExploitation, ExploitationType.ForcedMarriage);
        yield return new("purpose.illegal_adoption", purpose, FormsOfExploitation, ExploitationType.ForcedAdoption);
        yield return new("purpose.surrogacy", purpose, FormsOfExploitation, ExploitationType.Surrogacy);
        yield return new("purpose.child_labour", purpose, FormsOfExploitation, ExploitationType.ChildLabour);
        yield return new("purpose.armed_groups", purpose, FormsOfExploitation, ExploitationType.ForcedMilitaryByNonStateActors);
    }
}
