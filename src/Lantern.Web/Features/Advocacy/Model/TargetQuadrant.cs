namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>One cell of the target matrix (impact × ease of influence) and what the toolkit advises there.</summary>
public sealed record TargetQuadrant(Impact Impact, Influence Influence, string Action, string Advice)
{
    public static readonly IReadOnlyList<TargetQuadrant> All =
    [
        new(Impact.High, Influence.Easy, "Prioritise", "Influential and within reach: put these targets first."),
        new(Impact.High, Influence.Difficult, "Reach through people close to them", "Hard to reach but worth the effort; find people close to them who can carry the message."),
        new(Impact.Low, Influence.Easy, "Get support and information", "Contact them early for their support and for what they know."),
        new(Impact.Low, Influence.Difficult, "Monitor", "Not a focus for now; watch in case they become easier to influence."),
    ];

    public static TargetQuadrant Of(Impact impact, Influence influence) => All.Single(q => q.Impact == impact && q.Influence == influence);

    public static TargetQuadrant Of(AdvocacyTarget target) => Of(target.Impact, target.Influence);

    /// <summary>The quadrant where linking people close to a target is the advice.</summary>
    public bool WantsIntermediaries => Impact == Impact.High && Influence == Influence.Difficult;
}
