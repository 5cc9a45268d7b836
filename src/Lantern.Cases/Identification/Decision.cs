using Lantern.Cases.Htcds;

namespace Lantern.Cases.Identification;

/// <summary>
/// A person's trafficking status as settled by someone accountable for it, kept apart from the
/// proposal it answers so that the record shows both what the checklist suggested and who decided.
/// </summary>
public sealed record Decision
{
    /// <param name="organisationType">
    /// Required although nullable: HTCDS records who decides a status, and a default enum value
    /// would silently claim the police did.
    /// </param>
    public Decision(Proposal proposal, TraffickingStatus status, string decidedBy, DecisionMakingOrganisation? organisationType, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not an HTCDS trafficking status.");
        }

        if (string.IsNullOrWhiteSpace(decidedBy))
        {
            throw new ArgumentException("A decision needs the person or body who made it.", nameof(decidedBy));
        }

        if (organisationType is not { } type)
        {
            throw new ArgumentException("A decision needs the type of organisation that made it (HTCDS vic_TraffickingStatusDecisionMakingOrg).", nameof(organisationType));
        }

        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(organisationType), type, "Not an HTCDS decision-making organisation type.");
        }

        if (decidedAt == default)
        {
            throw new ArgumentException("A decision needs the time it was made.", nameof(decidedAt));
        }

        ProposedStatus = proposal.Status;
        Status = status;
        DecidedBy = decidedBy;
        OrganisationType = type;
        DecidedAt = decidedAt;
    }

    public TraffickingStatus Status { get; }

    /// <summary>What the checklist suggested; null when it suggested nothing.</summary>
    public TraffickingStatus? ProposedStatus { get; }

    public string DecidedBy { get; }

    public DecisionMakingOrganisation OrganisationType { get; }

    public DateTimeOffset DecidedAt { get; }

    /// <summary>False when the decision departs from the proposal, which a reviewer will want to see.</summary>
    public bool FollowsProposal => ProposedStatus == Status;
}
