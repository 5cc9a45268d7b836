using Lantern.Web.Features.Surveys.Commands.Waves;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>The delete button of the waves page posts here and returns to the waves.</summary>
public static class WaveEndpoints
{
    public static void MapWaveButtons(this IEndpointRouteBuilder app) =>
        app.MapPost("/surveys/{surveyId:int}/waves/{waveId:int}/delete", async (int surveyId, int waveId, WaveCommands commands, CancellationToken ct) =>
                await commands.DeleteAsync(surveyId, waveId, ct) ? Results.Redirect($"/surveys/{surveyId}/waves") : Results.NotFound())
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();
}
