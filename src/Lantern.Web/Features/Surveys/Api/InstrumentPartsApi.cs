using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Commands.Instruments;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>
/// The parts of an instrument: sections, items, scales and the translations of every text. Reads come
/// with the instrument (<c>GET /api/surveys/{surveyId}</c>); writes are commands (<see cref="SaveSection"/>,
/// <see cref="SaveItem"/>, …), which refuse with 409 what stored answers forbid (deleting an answered item, say).
/// </summary>
internal static class InstrumentPartsApi
{
    public static void MapInstrumentPartsApi(this RouteGroupBuilder surveys)
    {
        var parts = surveys.MapGroup("/{surveyId:int}").RequirePermission(Resource.Surveys, Operation.Edit);

        parts.MapPost("/sections", async (int surveyId, SectionInput input, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new SaveSection(surveyId, null, input), ct)).ToCreated(_ => $"/api/surveys/{surveyId}", SectionDto.From))
            .WithName("CreateSurveySection")
            .WithSummary("Adds a section at the end; its title by language code, and an optional show-if condition.");

        parts.MapPut("/sections/{id:int}", async (int surveyId, int id, SectionInput input, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new SaveSection(surveyId, id, input), ct)).ToOk(SectionDto.From))
            .WithName("UpdateSurveySection")
            .WithSummary("Replaces a section's title and show-if condition.");

        parts.MapDelete("/sections/{id:int}", async (int surveyId, int id, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new DeleteSection(surveyId, id), ct)).ToNoContent())
            .WithName("DeleteSurveySection")
            .WithSummary("Deletes a section with its items; 409 once answers refer to them or a later condition reads them.");

        parts.MapPost("/sections/{id:int}/move", async (int surveyId, int id, MoveDirection direction, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new MoveSection(surveyId, id, direction), ct)).ToOk(SectionDto.From))
            .WithName("MoveSurveySection")
            .WithSummary("Moves a section one place (direction=Up or Down); 409 when a condition would then read an answer not yet given.");

        parts.MapPost("/items", async (int surveyId, ItemInput input, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new SaveItem(surveyId, null, input), ct)).ToCreated(_ => $"/api/surveys/{surveyId}", ItemDto.From))
            .WithName("CreateSurveyItem")
            .WithSummary("Adds a question to a section. Choices are written per language as one \"value = label\" per line; a Likert item without them gets agreement labels.");

        parts.MapPut("/items/{id:int}", async (int surveyId, int id, ItemInput input, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new SaveItem(surveyId, id, input), ct)).ToOk(ItemDto.From))
            .WithName("UpdateSurveyItem")
            .WithSummary("Replaces a question; once there are responses its name, type and choice values are kept.");

        parts.MapDelete("/items/{id:int}", async (int surveyId, int id, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new DeleteItem(surveyId, id), ct)).ToNoContent())
            .WithName("DeleteSurveyItem")
            .WithSummary("Deletes a question and takes it out of its scales; 409 once answers may refer to it.");

        parts.MapPost("/items/{id:int}/move", async (int surveyId, int id, MoveDirection direction, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new MoveItem(surveyId, id, direction), ct)).ToOk(ItemDto.From))
            .WithName("MoveSurveyItem")
            .WithSummary("Moves a question one place inside its section (direction=Up or Down).");

        parts.MapPost("/scales", async (int surveyId, ScaleInput input, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new SaveScale(surveyId, null, input), ct)).ToCreated(_ => $"/api/surveys/{surveyId}", ScaleDto.From))
            .WithName("CreateSurveyScale")
            .WithSummary("Adds a scale: its variable name, scoring (Mean or Sum) and members by item id (In or Reversed).");

        parts.MapPut("/scales/{id:int}", async (int surveyId, int id, ScaleInput input, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new SaveScale(surveyId, id, input), ct)).ToOk(ScaleDto.From))
            .WithName("UpdateSurveyScale")
            .WithSummary("Replaces a scale.");

        parts.MapDelete("/scales/{id:int}", async (int surveyId, int id, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new DeleteScale(surveyId, id), ct)).ToNoContent())
            .WithName("DeleteSurveyScale")
            .WithSummary("Deletes a scale; its items stay.");

        surveys.MapGet("/{surveyId:int}/translations", async (int surveyId, LanternDbContext db, CancellationToken ct) =>
                await SurveyQueries.LoadInstrumentAsync(db, surveyId, ct) is { } survey
                    ? Results.Ok(TranslatableText.All(survey).Select(text => TranslationDto.From(text, survey)).ToList())
                    : Results.NotFound())
            .RequirePermission(Resource.Surveys, Operation.Read)
            .WithName("ListSurveyTranslations")
            .WithSummary("Every translatable text in instrument order, with its text and its key per language.");

        parts.MapPut("/translations", async (int surveyId, TranslationsInput input, CommandRunner runner, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await runner.RunAsync(new SaveTranslations(surveyId, input), ct);
                return result.Succeeded ? await InstrumentsApi.InstrumentAsync(db, surveyId, ct) : result.Problem();
            })
            .WithName("UpdateSurveyTranslations")
            .WithSummary("Sets texts by key (e.g. \"label-12-it\"); keys left out keep their text, a blank one removes it. All or nothing.");
    }
}
