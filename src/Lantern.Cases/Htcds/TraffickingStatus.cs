namespace Lantern.Cases.Htcds;

/// <summary>
/// The values of the HTCDS v2.0 field <c>vic_TraffickingStatus</c>. Member names are the standard's
/// value names, unchanged, so a case exports to HTCDS without a lookup table.
/// </summary>
/// <remarks>Human Trafficking Case Data Standard (HTCDS) by IOM, licensed CC BY 4.0.</remarks>
public enum TraffickingStatus
{
    PossibleVictimOfTrafficking,
    ActualVictimOfTrafficking,
    NotAVictimOfTrafficking,
}
