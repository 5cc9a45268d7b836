namespace Lantern.Cases.Identification;

/// <summary>The three elements of the trafficking definition in article 3 of the Palermo Protocol.</summary>
public enum PalermoElement
{
    /// <summary>What was done to the person: recruited, moved, handed over, housed or taken in.</summary>
    Act,

    /// <summary>How the person's free choice was overridden. Not needed when the person is under 18.</summary>
    Means,

    /// <summary>Why it was done: to exploit the person.</summary>
    Purpose,
}

public static class PalermoElementCodes
{
    /// <summary>The element's code in the checklist's language packs, beside the codes of the checklist items.</summary>
    public static string Code(this PalermoElement element) => element switch
    {
        PalermoElement.Act => "palermo.act",
        PalermoElement.Means => "palermo.means",
        PalermoElement.Purpose => "palermo.purpose",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Not an element of the definition."),
    };
}
