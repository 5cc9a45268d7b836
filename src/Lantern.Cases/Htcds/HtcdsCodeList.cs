namespace Lantern.Cases.Htcds;

/// <summary>A code list outside the standard that a field's values must come from.</summary>
public enum HtcdsCodeList
{
    None,

    /// <summary>ISO 3166-1 alpha-2, such as <c>GR</c>.</summary>
    Country,

    /// <summary>ISO 639 language codes, such as <c>ell</c> or <c>el</c>, optionally with a country (<c>en-GB</c>).</summary>
    Language,
}
