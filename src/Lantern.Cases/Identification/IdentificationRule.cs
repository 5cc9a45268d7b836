using Lantern.Cases.Htcds;
using Lantern.Cases.Identification.Checklist;

namespace Lantern.Cases.Identification;

/// <summary>
/// Turns a filled-in screening checklist into a proposed HTCDS trafficking status with its
/// reasons. Pure: the same answers always give the same proposal. docs/identification.md has the rule as a table.
/// </summary>
public static class IdentificationRule
{
    public static Proposal Propose(ChecklistAnswers answers)
    {
        var indicators = AnswerCheck.ObservedIndicators(answers);
        var reasons = new List<Reason>();
        if (indicators.Count > 0)
        {
            reasons.Add(new(ReasonKind.IndicatorsObserved, [.. indicators.Select(i => i.Code)]));
        }

        reasons.AddRange(Enum.GetValues<PalermoElement>().Select(e => ElementReason(answers, e)));
        if (answers.PersonSaysTheyConsented)
        {
            reasons.Add(ConsentReason(answers));
        }

        var observed = indicators.Count > 0;
        var reading = answers.Age switch
        {
            AgeGroup.Child => AgeReading.Of(answers, asChild: true, observed),
            AgeGroup.Adult => AgeReading.Of(answers, asChild: false, observed),
            _ => EitherAge(answers, observed, reasons),
        };
        reasons.Add(reading.Conclusion);
        return new Proposal(reading.Status, reasons, ExploitationTypes(answers.Purpose));
    }

    /// <summary>
    /// With the age unknown, the person may be a child, for whom fewer elements are needed, so
    /// the child's reading decides; but actual victim needs the elements an adult needs too,
    /// because the definition is only certainly met when it is met at any age.
    /// </summary>
    private static AgeReading EitherAge(ChecklistAnswers answers, bool indicatorsObserved, List<Reason> reasons)
    {
        var asChild = AgeReading.Of(answers, asChild: true, indicatorsObserved);
        var asAdult = AgeReading.Of(answers, asChild: false, indicatorsObserved);
        reasons.Add(new(ReasonKind.AgeNotKnown, [StatusCode(asChild.Status), StatusCode(asAdult.Status)]));
        if (asChild.Status == asAdult.Status)
        {
            // Both agree; the adult's conclusion names every element still missing.
            return asAdult;
        }

        return asChild.Status == TraffickingStatus.ActualVictimOfTrafficking
            ? new(TraffickingStatus.PossibleVictimOfTrafficking, new(ReasonKind.AgeDecides, []))
            : asChild;
    }

    private static Reason ElementReason(ChecklistAnswers answers, PalermoElement element)
    {
        var answer = answers.For(element);
        var code = element.Code();
        return answer.Answer switch
        {
            Answer.Yes => new(ReasonKind.ElementEstablished, [code, .. answer.Forms.Distinct()]),
            _ when element == PalermoElement.Means && answers.Age == AgeGroup.Child => new(ReasonKind.MeansNotNeededForChild, [code]),
            Answer.No => new(ReasonKind.ElementAnsweredNo, [code]),
            _ => new(ReasonKind.ElementNotKnown, [code]),
        };
    }

    /// <summary>Consent is explained, never weighed: no branch of the rule reads it.</summary>
    private static Reason ConsentReason(ChecklistAnswers answers)
    {
        if (answers.Age == AgeGroup.Child)
        {
            return new(ReasonKind.ConsentVoidForChild, []);
        }

        return answers.Means.Answer == Answer.Yes
            ? new(ReasonKind.ConsentVoidBecauseOfMeans, [])
            : new(ReasonKind.ConsentVoidIfAnyMeans, []);
    }

    private static string StatusCode(TraffickingStatus? status) => status?.ToString() ?? ChecklistLanguage.NoStatus;

    private static ExploitationType[] ExploitationTypes(ElementAnswer purpose) =>
        [.. purpose.Forms.Select(code => ChecklistCatalogue.Item(code).Exploitation).OfType<ExploitationType>().Distinct().Order()];
}
