namespace Lantern.Web.Features.Surveys.Pages;

/// <summary>The parts of a survey, in the order a study runs: build, collect, look at the data, model it.</summary>
public sealed record SurveyTab(string Title, string Path)
{
    public static readonly SurveyTab Instrument = new("Instrument", "");
    public static readonly SurveyTab Collection = new("Collection", "/waves");
    public static readonly SurveyTab Responses = new("Responses", "/responses");
    public static readonly SurveyTab Analysis = new("Analysis", "/analysis");
    public static readonly SurveyTab Models = new("Path models", "/models");

    public static readonly IReadOnlyList<SurveyTab> All = [Instrument, Collection, Responses, Analysis, Models];

    public string UrlFor(int surveyId) => $"/surveys/{surveyId}{Path}";
}
