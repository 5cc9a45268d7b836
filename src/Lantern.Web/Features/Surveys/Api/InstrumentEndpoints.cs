using Lantern.Web.Features.Surveys.Commands;
using Lantern.Web.Features.Surveys.Commands.Instruments;
using Lantern.Web.Components;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>The buttons of the instrument page (new from template, delete, move up and down) post here and return to the instrument.</summary>
public static class InstrumentEndpoints
{
    public static void MapInstrumentButtons(this IEndpointRouteBuilder app)
    {
        var buttons = app.MapGroup("/surveys")
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();

        buttons.MapPost("/from-template", async (CommandRunner runner, CancellationToken ct) =>
            (await runner.RunAsync(new CreateSurveyFromTemplate(), ct)).RedirectOrProblem(survey => $"/surveys/{survey.Id}"));

        Map(buttons, "sections/{id:int}/delete", (surveyId, id) => new DeleteSection(surveyId, id));
        Map(buttons, "sections/{id:int}/up", (surveyId, id) => new MoveSection(surveyId, id, MoveDirection.Up));
        Map(buttons, "sections/{id:int}/down", (surveyId, id) => new MoveSection(surveyId, id, MoveDirection.Down));
        Map(buttons, "items/{id:int}/delete", (surveyId, id) => new DeleteItem(surveyId, id));
        Map(buttons, "items/{id:int}/up", (surveyId, id) => new MoveItem(surveyId, id, MoveDirection.Up));
        Map(buttons, "items/{id:int}/down", (surveyId, id) => new MoveItem(surveyId, id, MoveDirection.Down));
        Map(buttons, "scales/{id:int}/delete", (surveyId, id) => new DeleteScale(surveyId, id));
    }

    private static void Map<T>(RouteGroupBuilder buttons, string path, Func<int, int, ICommand<T>> command) =>
        buttons.MapPost($"/{{surveyId:int}}/{path}", async (int surveyId, int id, CommandRunner runner, CancellationToken ct) =>
        {
            var result = await runner.RunAsync(command(surveyId, id), ct);
            return result.Succeeded ? Results.Redirect($"/surveys/{surveyId}")
                : result.Denied is not null || SurveyChanges.IsMissing(result) ? result.Problem()
                : RefusalPage.Result(result.Errors.Messages, $"/surveys/{surveyId}", "Back to the instrument");
        });
}
