namespace Lantern.Cases.Identification;

/// <summary>
/// What one line of a proposal's explanation says. The comment on each names what its
/// <see cref="Reason.Codes"/> hold; the last reason of every proposal is one of the conclusions.
/// </summary>
public enum ReasonKind
{
    /// <summary>The indicators and signs observed.</summary>
    IndicatorsObserved,

    /// <summary>The element, then the forms found.</summary>
    ElementEstablished,

    /// <summary>The element answered no.</summary>
    ElementAnsweredNo,

    /// <summary>The element nobody could answer yet.</summary>
    ElementNotKnown,

    /// <summary>The means, when the person is under 18 and none was found.</summary>
    MeansNotNeededForChild,

    /// <summary>No codes: the person says they agreed, and is under 18.</summary>
    ConsentVoidForChild,

    /// <summary>No codes: the person says they agreed, and a means was used.</summary>
    ConsentVoidBecauseOfMeans,

    /// <summary>No codes: the person says they agreed, and no means is established (yet).</summary>
    ConsentVoidIfAnyMeans,

    /// <summary>The status the answers give read as a child, then read as an adult (<c>none</c> for no status).</summary>
    AgeNotKnown,

    /// <summary>Conclusion, actual victim: no codes.</summary>
    DefinitionMet,

    /// <summary>Conclusion, not a victim: the required elements answered no.</summary>
    ElementRuledOut,

    /// <summary>Conclusion, possible victim: the required elements answered no, which the observed signs call into question.</summary>
    SignsQuestionTheNo,

    /// <summary>Conclusion, possible victim: the required elements not established yet.</summary>
    ElementsStillOpen,

    /// <summary>Conclusion, no status: the required elements to ask about.</summary>
    NothingEstablished,

    /// <summary>Conclusion, possible victim: no codes; the act and purpose are established but not the means, and the age is not known.</summary>
    AgeDecides,
}
