namespace Lantern.Cases.Htcds;

/// <summary>
/// The standard names methods of control twice: the picklist of <c>vic_MethodsOfControl</c> in its
/// field list (16 values), and a longer set of definitions in its Field Definitions.md, named
/// <c>MethodsOfControl…</c> (17). Lantern keeps one list, the picklist's values plus
/// <c>RestrictsMovement</c>, which only the definitions have and which is an ILO indicator of forced
/// labour Lantern's checklist asks about. A file may use either set of names, with or without the
/// <c>MethodsOfControl</c> prefix; Lantern stores and exports the picklist's names.
/// </summary>
public static class MethodsOfControl
{
    public const string FieldName = "vic_MethodsOfControl";

    /// <summary>Lantern's one value the picklist lacks.</summary>
    public const string RestrictsMovement = "RestrictsMovement";

    /// <summary>
    /// The names in the definitions that differ from the picklist's, with the picklist value each
    /// is stored as. The rest of the definitions (DebtBondage, TakesEarnings, …) are named as in the picklist.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FromDefinitions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The definition covers any threat of harm or loss; the picklist's only general threat is PhysicalThreats.
        ["Threats"] = "PhysicalThreats",
        ["ThreatOfLawEnforcement"] = "ThreatsLawEnforcement",
        // Using the person's children against them: the picklist's value for threats through children and family.
        ["UsesChildren"] = "ThreatensChildrenFamily",
        ["PsychoactiveSubstances"] = "PsychoactiveSubstance",
    };

    /// <summary>The Lantern name for a method of control in either naming, or null if it is neither.</summary>
    internal static string? Resolve(string name, IReadOnlyList<HtcdsValue> values)
    {
        const string prefix = "MethodsOfControl";
        var bare = name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length ? name[prefix.Length..] : name;
        var mapped = FromDefinitions.FirstOrDefault(pair => string.Equals(pair.Key, bare, StringComparison.OrdinalIgnoreCase)).Value ?? bare;
        return values.FirstOrDefault(value => string.Equals(value.Name, mapped, StringComparison.OrdinalIgnoreCase))?.Name;
    }
}
