using Lantern.Web.Features.Surveys.Instruments.Commands;

namespace Lantern.Web.Features.Surveys.Instruments;

/// <summary>Building instruments in the browser: the survey list, the instrument page and its edit pages.</summary>
public static class InstrumentsSetup
{
    public static WebApplicationBuilder AddInstruments(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<InstrumentCommands>();
        return builder;
    }

    public static void MapInstruments(this IEndpointRouteBuilder app) => app.MapInstrumentButtons();
}
