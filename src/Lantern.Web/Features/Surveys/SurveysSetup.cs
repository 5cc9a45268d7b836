using Lantern.Web.Features.Surveys.Api;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Commands;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Responses;

namespace Lantern.Web.Features.Surveys;

/// <summary>Engagement surveys: building instruments, collecting and moving responses, and analysing them.</summary>
public static class SurveysSetup
{
    public static WebApplicationBuilder AddSurveys(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // The commands' handlers are registered with every other command's (AddLanternCommands).
        services.AddScoped<SurveyChanges>();

        // Collection: the public form reads waves from memory and stores responses by group commit.
        services.AddSingleton<WaveFormCache>();
        services.AddSingleton<ResponseWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<ResponseWriter>());
        services.AddScoped<PublicWaves>();

        services.AddMemoryCache();
        services.AddSingleton<ResponseUploads>();
        services.AddScoped<ResponseExport>();
        services.AddScoped<ModelResults>();
        return builder;
    }

    public static void MapSurveys(this IEndpointRouteBuilder app)
    {
        app.MapInstrumentButtons();
        app.MapWaveButtons();
        app.MapSendEndpoint();
        app.MapTransferFiles();
        app.MapAnalysisExports();
        app.MapModelEndpoints();
        app.MapSurveysApi();
    }
}
