namespace Lantern.Web.Features.Surveys.Analysis;

public static class SurveyAnalysisSetup
{
    public static WebApplicationBuilder AddSurveyAnalysis(this WebApplicationBuilder builder) => builder;

    public static void MapSurveyAnalysis(this IEndpointRouteBuilder app)
    {
    }
}
