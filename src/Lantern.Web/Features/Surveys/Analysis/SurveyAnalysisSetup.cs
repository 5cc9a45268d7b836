using Lantern.Web.Features.Surveys.Analysis.Models;

namespace Lantern.Web.Features.Surveys.Analysis;

/// <summary>The analysis pages (descriptives, reliability, correlations) and saved path models.</summary>
public static class SurveyAnalysisSetup
{
    public static WebApplicationBuilder AddSurveyAnalysis(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ModelCommands>();
        builder.Services.AddScoped<ModelResults>();
        return builder;
    }

    public static void MapSurveyAnalysis(this IEndpointRouteBuilder app)
    {
        app.MapAnalysisExports();
        app.MapModelEndpoints();
    }
}
