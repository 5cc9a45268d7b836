using Lantern.Web.Features.Surveys.Commands.Instruments;
using Lantern.Web.Features.Surveys.Pages.Instruments;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>The buttons of the instrument page (new from template, delete, move up and down) post here and return to the instrument.</summary>
public static class InstrumentEndpoints
{
    private delegate Task<CommandResult<T>> PartCommand<T>(InstrumentCommands commands, int surveyId, int id, CancellationToken cancellationToken);

    public static void MapInstrumentButtons(this IEndpointRouteBuilder app)
    {
        var buttons = app.MapGroup("/surveys")
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();

        buttons.MapPost("/from-template", async (InstrumentCommands commands, CancellationToken ct) =>
            Results.Redirect($"/surveys/{(await commands.CreateFromTemplateAsync(ct)).Id}"));

        Map(buttons, "sections/{id:int}/delete", (c, s, id, ct) => c.DeleteSectionAsync(s, id, ct));
        Map(buttons, "sections/{id:int}/up", (c, s, id, ct) => c.MoveSectionAsync(s, id, MoveDirection.Up, ct));
        Map(buttons, "sections/{id:int}/down", (c, s, id, ct) => c.MoveSectionAsync(s, id, MoveDirection.Down, ct));
        Map(buttons, "items/{id:int}/delete", (c, s, id, ct) => c.DeleteItemAsync(s, id, ct));
        Map(buttons, "items/{id:int}/up", (c, s, id, ct) => c.MoveItemAsync(s, id, MoveDirection.Up, ct));
        Map(buttons, "items/{id:int}/down", (c, s, id, ct) => c.MoveItemAsync(s, id, MoveDirection.Down, ct));
        Map(buttons, "scales/{id:int}/delete", (c, s, id, ct) => c.DeleteScaleAsync(s, id, ct));
    }

    private static void Map<T>(RouteGroupBuilder buttons, string path, PartCommand<T> command) =>
        buttons.MapPost($"/{{surveyId:int}}/{path}", async (int surveyId, int id, InstrumentCommands commands, CancellationToken ct) =>
        {
            var result = await command(commands, surveyId, id, ct);
            return result.Succeeded ? Results.Redirect($"/surveys/{surveyId}")
                : InstrumentCommands.IsMissing(result) ? Results.NotFound()
                : Refusal(surveyId, result.Errors.Messages);
        });

    /// <summary>A page that says why the change was refused, with the way back; 409 because the instrument's state forbids it.</summary>
    private static RazorComponentResult<RefusalPage> Refusal(int surveyId, IEnumerable<string> reasons) =>
        new(new { SurveyId = surveyId, Reasons = reasons.ToList() }) { StatusCode = StatusCodes.Status409Conflict };
}
