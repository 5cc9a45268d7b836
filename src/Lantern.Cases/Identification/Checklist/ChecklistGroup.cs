namespace Lantern.Cases.Identification.Checklist;

/// <summary>The sections of the screening checklist, in the order a worker goes through them.</summary>
public enum ChecklistGroup
{
    /// <summary>The ILO's eleven indicators of forced labour.</summary>
    ForcedLabourIndicator,

    /// <summary>What a worker can see in the person, from the F2L toolkit's list of signs of a victim.</summary>
    SignOfVictim,

    /// <summary>Signs that technology was used to recruit, sell or control the person.</summary>
    ETraffickingSign,

    PalermoAct,
    PalermoMeans,
    PalermoPurpose,
}
