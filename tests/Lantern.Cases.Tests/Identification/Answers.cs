using Lantern.Cases.Identification;

namespace Lantern.Cases.Tests.Identification;

/// <summary>Short ways to fill in a checklist in tests: "Y", "N" or "?" per element, one typical form for each yes.</summary>
internal static class Answers
{
    public static ChecklistAnswers Of(AgeGroup age, string act, string means, string purpose, params string[] observed) => new()
    {
        Age = age,
        Act = Element(act, "act.recruitment"),
        Means = Element(means, "means.deception"),
        Purpose = Element(purpose, "purpose.forced_labour"),
        ObservedIndicators = observed,
    };

    private static ElementAnswer Element(string answer, string form) => answer switch
    {
        "Y" => ElementAnswer.Yes(form),
        "N" => ElementAnswer.No,
        "?" => ElementAnswer.Unknown,
        _ => throw new ArgumentException($"'{answer}' is not Y, N or ?.", nameof(answer)),
    };
}
