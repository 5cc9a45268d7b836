using Lantern.Web.Features.Surveys.Collection.Form;
using Lantern.Web.Features.Surveys.Collection.Storage;
using Lantern.Web.Features.Surveys.Collection.Waves;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Surveys.Collection;

/// <summary>Waves with their public links and invitations, the public form, and the group-commit response writer.</summary>
public static class CollectionSetup
{
    public static WebApplicationBuilder AddCollection(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WaveFormCache>();
        builder.Services.AddSingleton<ResponseWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ResponseWriter>());
        builder.Services.AddScoped<PublicWaves>();
        builder.Services.AddScoped<WaveCommands>();
        return builder;
    }

    public static void MapCollection(this IEndpointRouteBuilder app)
    {
        app.MapPost("/surveys/{surveyId:int}/waves/{waveId:int}/delete", async (int surveyId, int waveId, WaveCommands commands, CancellationToken ct) =>
                await commands.DeleteAsync(surveyId, waveId, ct) ? Results.Redirect($"/surveys/{surveyId}/waves") : Results.NotFound())
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();
        app.MapSendEndpoint();
    }
}
