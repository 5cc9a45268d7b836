namespace Lantern.Cases.Identification;

/// <summary>
/// What a worker filled in on the screening checklist. Everything starts as "don't know", so a
/// half-filled checklist is a valid one.
/// </summary>
public sealed record ChecklistAnswers
{
    public AgeGroup Age { get; init; }

    /// <summary>Codes of the indicators and signs the worker observed, such as <c>ilo.deception</c>.</summary>
    public IReadOnlyCollection<string> ObservedIndicators { get; init; } = [];

    public ElementAnswer Act { get; init; } = ElementAnswer.Unknown;

    public ElementAnswer Means { get; init; } = ElementAnswer.Unknown;

    public ElementAnswer Purpose { get; init; } = ElementAnswer.Unknown;

    /// <summary>
    /// The person says they agreed to the situation. Recorded because it is often said and often
    /// used against them, but under article 3(b) it never changes the proposed status: it only
    /// matters where no means was used, and then the definition is not met anyway.
    /// </summary>
    public bool PersonSaysTheyConsented { get; init; }

    public ElementAnswer For(PalermoElement element) => element switch
    {
        PalermoElement.Act => Act,
        PalermoElement.Means => Means,
        PalermoElement.Purpose => Purpose,
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Not an element of the definition."),
    };
}
