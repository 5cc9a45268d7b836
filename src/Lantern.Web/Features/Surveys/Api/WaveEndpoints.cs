using Lantern.Web.Features.Surveys.Commands.Waves;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>The delete button of the waves page posts here and returns to the waves.</summary>
public static class WaveEndpoints
{
    public static void MapWaveButtons(this IEndpointRouteBuilder app) =>
        app.MapPost("/surveys/{surveyId:int}/waves/{waveId:int}/delete", async (int surveyId, int waveId, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new DeleteWave(surveyId, waveId), ct)).RedirectOrProblem(_ => $"/surveys/{surveyId}/waves"))
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();
}
