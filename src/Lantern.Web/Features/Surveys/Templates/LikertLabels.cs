namespace Lantern.Web.Features.Surveys.Templates;

public static class LikertLabels
{
    public static readonly IReadOnlyList<int> Sizes = [5, 7];

    /// <summary>Agreement labels from disagreement to agreement, so that a higher number means more agreement.</summary>
    public static IReadOnlyList<string> Agreement(int points) => points == 5
        ? ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
        : ["Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"];
}
