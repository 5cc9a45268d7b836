namespace Lantern.Cases.Htcds;

/// <summary>
/// One field of the HTCDS v2.0 case record, or one of Lantern's own columns, as data: its name
/// (also the CSV column and JSON key), label, section, type and allowed values.
/// </summary>
public sealed record HtcdsField
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    /// <summary>The standard's section, such as "Person - Victim Context"; "Lantern" for Lantern's columns.</summary>
    public required string Section { get; init; }

    public required HtcdsFieldStatus Status { get; init; }

    /// <summary>Marked Core by the standard: the fields every HTCDS system should hold.</summary>
    public bool IsCore { get; init; }

    public required HtcdsFieldType Type { get; init; }

    /// <summary>The standard's own words for the type, such as "Lookup [to organisation]".</summary>
    public string TypeAsWritten { get; init; } = "";

    /// <summary>The allowed values of a picklist, in the standard's order; empty for any other field.</summary>
    public IReadOnlyList<HtcdsValue> Values { get; init; } = [];

    public HtcdsCodeList Codes { get; init; }

    /// <summary>The part of the name before the first underscore, with it: <c>vic_</c>, <c>lantern_</c>.</summary>
    public string Prefix => Name[..(Name.IndexOf('_', StringComparison.Ordinal) + 1)];

    /// <summary>Deprecated fields are listed so they are recognised, but a case never holds them.</summary>
    public bool IsCollected => Status != HtcdsFieldStatus.Deprecated;

    public bool IsMultiselect => Type == HtcdsFieldType.MultiselectPicklist;

    internal HtcdsValueShape Shape => Type switch
    {
        HtcdsFieldType.Date => HtcdsValueShape.Date,
        HtcdsFieldType.Checkbox => HtcdsValueShape.YesNo,
        HtcdsFieldType.MultiselectPicklist => HtcdsValueShape.Set,
        _ => HtcdsValueShape.Single,
    };
}
