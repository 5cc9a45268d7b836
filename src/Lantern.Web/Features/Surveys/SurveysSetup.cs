using Lantern.Web.Features.Surveys.Api;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Commands.Instruments;
using Lantern.Web.Features.Surveys.Commands.Models;
using Lantern.Web.Features.Surveys.Commands.Waves;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Responses;

namespace Lantern.Web.Features.Surveys;

/// <summary>Engagement surveys: building instruments, collecting and moving responses, and analysing them.</summary>
public static class SurveysSetup
{
    public static WebApplicationBuilder AddSurveys(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<InstrumentCommands>();
        services.AddScoped<WaveCommands>();
        services.AddScoped<ModelCommands>();
        services.AddScoped<XlsFormImport>();
        services.AddScoped<ResponseImport>();

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
