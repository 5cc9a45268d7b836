using Lantern.Cases.Htcds;

namespace Lantern.Cases.Identification;

/// <summary>
/// The trafficking status the checklist answers point to, with every reason for it. It is a
/// suggestion for a person to confirm, never a decision: see <see cref="Decision"/>.
/// </summary>
/// <param name="Status">Null when too little is known to propose any status.</param>
/// <param name="Reasons">In order: what was observed, each element, consent, age, and last the conclusion.</param>
/// <param name="ExploitationTypes">The HTCDS types of exploitation the purposes found map to, to prefill a case.</param>
public sealed record Proposal(TraffickingStatus? Status, IReadOnlyList<Reason> Reasons, IReadOnlyList<ExploitationType> ExploitationTypes)
{
    /// <summary>Why the status follows from the answers.</summary>
    public Reason Conclusion => Reasons[^1];
}
