namespace Lantern.Cases.Htcds;

/// <summary>
/// The catalogue of the HTCDS v2.0 case record: every field of the standard, read at start from the
/// embedded copy of its field list (Htcds/fields.csv, "Human Trafficking Case Data Standard (HTCDS)
/// by IOM", CC BY 4.0), and Lantern's own columns.
/// </summary>
public static class HtcdsFields
{
    public const string CaseId = "lantern_CaseId";
    public const string RegisteredOn = "lantern_RegisteredOn";
    public const string RecruitmentCountry = "lantern_RecruitmentCountry";
    public const string ExploitationCountry = "lantern_ExploitationCountry";
    public const string ConsentServices = "lantern_ConsentServices";
    public const string ConsentDisclosure = "lantern_ConsentDisclosure";
    public const string ConsentStatistics = "lantern_ConsentStatistics";

    /// <summary>The standard's fields in its order, deprecated ones included.</summary>
    public static IReadOnlyList<HtcdsField> Standard { get; } = HtcdsFieldList.Load();

    /// <summary>Lantern's own columns: where a case came from, when, the two countries and the three consents.</summary>
    public static IReadOnlyList<HtcdsField> Lantern { get; } =
    [
        Own(CaseId, "Case id in the source system", HtcdsFieldType.Text),
        Own(RegisteredOn, "Registered on", HtcdsFieldType.Date),
        Own(RecruitmentCountry, "Country of recruitment", HtcdsFieldType.Text) with { Codes = HtcdsCodeList.Country },
        Own(ExploitationCountry, "Country of exploitation", HtcdsFieldType.Text) with { Codes = HtcdsCodeList.Country },
        Own(ConsentServices, "Consents to receive services", HtcdsFieldType.Checkbox),
        Own(ConsentDisclosure, "Consents to disclosure to other organisations", HtcdsFieldType.Checkbox),
        Own(ConsentStatistics, "Consents to use in anonymous statistics", HtcdsFieldType.Checkbox),
    ];

    /// <summary>The columns of a case file in the order Lantern writes them: Lantern's first, then the standard's collected fields.</summary>
    public static IReadOnlyList<HtcdsField> Columns { get; } = [.. Lantern, .. Standard.Where(field => field.IsCollected)];

    // After the lists it is built from: static fields are set in the order they are written.
    private static readonly Dictionary<string, HtcdsField> ByName = Standard.Concat(Lantern).ToDictionary(field => field.Name, StringComparer.Ordinal);

    /// <summary>A field or column by its exact name, deprecated fields included; null if there is none.</summary>
    public static HtcdsField? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>A collected field by its exact name.</summary>
    /// <exception cref="ArgumentException">No such field, or one the standard deprecated.</exception>
    public static HtcdsField Get(string name)
    {
        var field = Find(name) ?? throw new ArgumentException($"HTCDS has no field '{name}'.", nameof(name));
        return field.IsCollected ? field : throw new ArgumentException($"'{name}' is deprecated in HTCDS v2.0 and not collected.", nameof(name));
    }

    /// <summary>The label of one of a picklist's values, or the value itself if the field does not list it.</summary>
    public static string LabelOf(string field, string value) =>
        Find(field)?.Values.FirstOrDefault(allowed => allowed.Name == value)?.Label ?? value;

    private static HtcdsField Own(string name, string label, HtcdsFieldType type) =>
        new() { Name = name, Label = label, Section = "Lantern", Status = HtcdsFieldStatus.Lantern, Type = type, TypeAsWritten = type.ToString() };
}
