using Lantern.Cases.Htcds;

namespace Lantern.Cases.Identification;

/// <summary>
/// The status the answers give for a person of a known age group, with the conclusion that
/// explains it. The rule, first match wins:
/// every required element yes → actual victim;
/// a required element no → not a victim, or possible victim when indicators were observed;
/// anything established or observed → possible victim;
/// otherwise → no status yet.
/// </summary>
internal readonly record struct AgeReading(TraffickingStatus? Status, Reason Conclusion)
{
    private static readonly PalermoElement[] ForAdult = [PalermoElement.Act, PalermoElement.Means, PalermoElement.Purpose];

    // Article 3(c): for a child, the act and the purpose are enough.
    private static readonly PalermoElement[] ForChild = [PalermoElement.Act, PalermoElement.Purpose];

    public static AgeReading Of(ChecklistAnswers answers, bool asChild, bool indicatorsObserved)
    {
        var required = asChild ? ForChild : ForAdult;
        var answeredNo = Codes(required.Where(e => answers.For(e).Answer == Answer.No));
        var notYes = Codes(required.Where(e => answers.For(e).Answer != Answer.Yes));
        if (notYes.Length == 0)
        {
            return new(TraffickingStatus.ActualVictimOfTrafficking, new(ReasonKind.DefinitionMet, []));
        }

        if (answeredNo.Length > 0)
        {
            return indicatorsObserved
                ? new(TraffickingStatus.PossibleVictimOfTrafficking, new(ReasonKind.SignsQuestionTheNo, answeredNo))
                : new(TraffickingStatus.NotAVictimOfTrafficking, new(ReasonKind.ElementRuledOut, answeredNo));
        }

        // A means found for a child is not required, but it is still something established.
        var anythingEstablished = indicatorsObserved || ForAdult.Any(e => answers.For(e).Answer == Answer.Yes);
        return anythingEstablished
            ? new(TraffickingStatus.PossibleVictimOfTrafficking, new(ReasonKind.ElementsStillOpen, notYes))
            : new(null, new(ReasonKind.NothingEstablished, notYes));
    }

    private static string[] Codes(IEnumerable<PalermoElement> elements) => [.. elements.Select(e => e.Code())];
}
