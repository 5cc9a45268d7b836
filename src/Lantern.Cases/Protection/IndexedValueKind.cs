namespace Lantern.Cases.Protection;

/// <summary>How a value is normalised before its blind index is computed; see <see cref="IndexNormaliser"/>.</summary>
public enum IndexedValueKind
{
    /// <summary>Trimmed, Unicode compatibility-folded, upper-cased, inner spaces collapsed to one.</summary>
    PersonName,

    /// <summary>As a name, and without spaces, dashes, dots or slashes: "AB-123 456" is "AB123456".</summary>
    IdentityNumber,

    /// <summary>The digits only, any script's digits read as 0–9, and a leading international prefix 00 dropped.</summary>
    Phone,

    /// <summary>Trimmed, compatibility-folded, lower-cased.</summary>
    Email,
}
