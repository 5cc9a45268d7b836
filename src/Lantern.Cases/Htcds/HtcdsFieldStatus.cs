namespace Lantern.Cases.Htcds;

/// <summary>Where a column comes from and whether Lantern collects it.</summary>
public enum HtcdsFieldStatus
{
    /// <summary>A field of the standard (every field of v2.0 is marked DRAFT there).</summary>
    Draft,

    /// <summary>A field the standard has withdrawn: listed, never collected, refused as a column.</summary>
    Deprecated,

    /// <summary>One of Lantern's own columns (<c>lantern_</c>), not part of the standard.</summary>
    Lantern,
}
