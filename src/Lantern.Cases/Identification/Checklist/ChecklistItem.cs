using Lantern.Cases.Htcds;

namespace Lantern.Cases.Identification.Checklist;

/// <summary>
/// One line of the screening checklist. Its wording lives in the language packs, keyed by
/// <see cref="Code"/>, so that a translation is data and the engine never changes for it.
/// </summary>
/// <param name="Code">Stable once released: stored answers and language packs refer to it.</param>
/// <param name="KnowledgeSlug">The knowledge-base article a worker can open to learn what the item means.</param>
/// <param name="Exploitation">
/// For a purpose, the HTCDS <c>vic_TypeOfExploitation</c> value a case records for it (Other where
/// the standard has no value of its own); null for every other item.
/// </param>
public sealed record ChecklistItem(string Code, ChecklistGroup Group, string KnowledgeSlug, ExploitationType? Exploitation = null)
{
    /// <summary>An indicator is observed on its own; the Palermo items are instead the forms of an element.</summary>
    public bool IsIndicator => Element is null;

    public PalermoElement? Element => Group switch
    {
        ChecklistGroup.PalermoAct => PalermoElement.Act,
        ChecklistGroup.PalermoMeans => PalermoElement.Means,
        ChecklistGroup.PalermoPurpose => PalermoElement.Purpose,
        _ => null,
    };
}
