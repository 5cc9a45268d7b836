namespace Lantern.Cases.Htcds;

/// <summary>
/// The values of the HTCDS v2.0 field <c>vic_TraffickingStatusDecisionMakingOrg</c>: the kind of
/// organisation that settled a person's trafficking status. Member names are the standard's value names.
/// </summary>
/// <remarks>Human Trafficking Case Data Standard (HTCDS) by IOM, licensed CC BY 4.0.</remarks>
public enum DecisionMakingOrganisation
{
    Police,
    NGO,
    CourtOrProsecution,
    NonPoliceGovernmentalOrganization,
    Other,
}
