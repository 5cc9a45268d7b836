using Lantern.Web.Features.Advocacy.Model;

namespace Lantern.Web.Features.Advocacy.Catalogues;

public sealed record EvaluationQuestion(string Code, EvaluationStage Stage, string Part, string Text);

/// <summary>The toolkit's step 8 questions for a mid-term and a final evaluation, as checklists.</summary>
public static class EvaluationQuestions
{
    public static readonly IReadOnlyList<EvaluationQuestion> All =
    [
        new("mid-implementation", EvaluationStage.MidTerm, "Progress", "Are the planned activities being carried out as intended?"),
        new("mid-expectations", EvaluationStage.MidTerm, "Progress", "Are results meeting expectations so far?"),
        new("mid-tactics", EvaluationStage.MidTerm, "Progress", "Should any tactic change?"),
        new("mid-opportunities", EvaluationStage.MidTerm, "Progress", "Have new opportunities opened up?"),
        new("mid-control", EvaluationStage.MidTerm, "Progress", "Which factors are within the advocates' control, and which are not?"),
        new("final-activities", EvaluationStage.Final, "Activities", "Were the events and activities carried out successfully?"),
        new("final-debate", EvaluationStage.Final, "Activities", "Did the campaign contribute to the policy debate?"),
        new("final-stakeholders", EvaluationStage.Final, "Activities", "Did further stakeholders or targets emerge?"),
        new("final-expectations", EvaluationStage.Final, "Review", "Were expectations met?"),
        new("final-tactics", EvaluationStage.Final, "Review", "Would other tactics have worked better?"),
        new("final-factors", EvaluationStage.Final, "Review", "What contributed to success or to failure?"),
        new("final-timeline", EvaluationStage.Final, "Review", "Was the timeline realistic?"),
        new("final-lessons", EvaluationStage.Final, "Review", "What lessons were learned?"),
        new("final-awareness", EvaluationStage.Final, "Outcomes", "Has understanding or awareness of the issue grown?"),
        new("final-media", EvaluationStage.Final, "Outcomes", "Has media coverage changed?"),
        new("final-policy", EvaluationStage.Final, "Outcomes", "Has policy been influenced?"),
        new("final-discourse", EvaluationStage.Final, "Outcomes", "Do policy-makers speak about the issue differently?"),
        new("final-cooperation", EvaluationStage.Final, "Outcomes", "Has cooperation with stakeholders improved?"),
        new("final-outputs", EvaluationStage.Final, "Outcomes", "Were the campaign's briefs and analyses taken into account?"),
        new("final-funding", EvaluationStage.Final, "Outcomes", "Has funding for the issue increased?"),
    ];

    public static IEnumerable<EvaluationQuestion> For(EvaluationStage stage) => All.Where(q => q.Stage == stage);

    /// <summary>Indicator names the toolkit's questions suggest, offered when a log-frame row is added.</summary>
    public static readonly IReadOnlyList<string> SuggestedIndicators =
    [
        "Meetings held with decision-makers", "Events and briefings held", "Policy briefs published", "Press releases issued",
        "Social-media posts published", "People reached by the campaign", "Media articles mentioning the issue",
        "Policy-maker statements using the campaign's language", "Stakeholders cooperating with the campaign",
        "Funding committed to the issue (EUR)", "Share of people surveyed who know the signs of e-trafficking (%)",
    ];
}
