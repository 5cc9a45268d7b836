namespace Lantern.Cases.Htcds;

/// <summary>The kinds of field the standard names in its Type column, one member each.</summary>
public enum HtcdsFieldType
{
    Text,
    LongText,
    Date,
    Number,
    Geolocation,
    Checkbox,
    Picklist,
    MultiselectPicklist,

    /// <summary>A country or region the standard lets a system give as a picklist or as free text.</summary>
    PicklistOrText,

    /// <summary>A reference to an organisation, person or user, written as the name or id the source system knows it by.</summary>
    Lookup,
}
