namespace Lantern.Web.Features.Surveys.Api;

/// <summary>
/// The JSON API of surveys under /api/surveys: instruments, waves, responses and path models. Every
/// endpoint declares its permission and calls the commands and queries the pages use, so a rule
/// lives in one place whichever way a change arrives.
/// </summary>
public static class SurveysApi
{
    public const string Tag = "Surveys";

    public static void MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var surveys = app.MapGroup("/api/surveys").WithTags(Tag);
        surveys.MapInstrumentsApi();
        surveys.MapInstrumentPartsApi();
        surveys.MapWavesApi();
        surveys.MapResponsesApi();
        surveys.MapModelsApi();
    }
}
