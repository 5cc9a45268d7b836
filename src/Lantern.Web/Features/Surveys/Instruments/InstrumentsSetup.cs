namespace Lantern.Web.Features.Surveys.Instruments;

public static class InstrumentsSetup
{
    public static WebApplicationBuilder AddInstruments(this WebApplicationBuilder builder) => builder;

    public static void MapInstruments(this IEndpointRouteBuilder app)
    {
    }
}
