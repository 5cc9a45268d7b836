using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Commands.Instruments;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>Surveys as a whole: the list, one instrument with everything in it, and its settings.</summary>
internal static class InstrumentsApi
{
    public static void MapInstrumentsApi(this RouteGroupBuilder surveys)
    {
        surveys.MapGet("", async (int? page, int? pageSize, LanternDbContext db, CancellationToken ct) =>
            {
                var request = PageRequest.Of(page, pageSize);
                var all = SurveyQueries.Summaries(db);
                return new Page<SurveySummary>(await all.CountAsync(ct), request.Number, request.Size, await all.Skip(request.Skip).Take(request.Size).ToListAsync(ct));
            })
            .RequirePermission(Resource.Surveys, Operation.Read)
            .WithName("ListSurveys")
            .WithSummary("Surveys with their numbers of items, waves and responses, most recently changed first, a page at a time.");

        surveys.MapGet("/{surveyId:int}", async (int surveyId, LanternDbContext db, CancellationToken ct) =>
                await InstrumentAsync(db, surveyId, ct))
            .RequirePermission(Resource.Surveys, Operation.Read)
            .WithName("GetSurvey")
            .WithSummary("One instrument: settings, sections, items with their choices, and scales, every text in every language.");

        surveys.MapPost("", async (SurveySettingsInput input, CommandRunner runner, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await runner.RunAsync(new CreateSurvey(input), ct);
                return result.Succeeded
                    ? Results.Created($"/api/surveys/{result.Value!.Id}", await DtoAsync(db, result.Value.Id, ct))
                    : result.Problem();
            })
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .WithName("CreateSurvey")
            .WithSummary("Starts an empty instrument from its settings: title, description, languages, default language and consent statement.");

        surveys.MapPost("/from-template", async (CommandRunner runner, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await runner.RunAsync(new CreateSurveyFromTemplate(), ct);
                return result.Succeeded
                    ? Results.Created($"/api/surveys/{result.Value!.Id}", await DtoAsync(db, result.Value.Id, ct))
                    : result.Problem();
            })
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .WithName("CreateSurveyFromTemplate")
            .WithSummary("Creates the political-efficacy instrument of the seed study, with its two path models.");

        surveys.MapPut("/{surveyId:int}", async (int surveyId, SurveySettingsInput input, CommandRunner runner, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await runner.RunAsync(new UpdateSurveySettings(surveyId, input), ct);
                return result.Succeeded ? await InstrumentAsync(db, surveyId, ct) : result.Problem();
            })
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .WithName("UpdateSurvey")
            .WithSummary("Replaces a survey's settings.");

        surveys.MapDelete("/{surveyId:int}", async (int surveyId, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new DeleteSurvey(surveyId), ct)).ToNoContent())
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .WithName("DeleteSurvey")
            .WithSummary("Deletes a survey with its instrument, waves, responses and analyses.");
    }

    /// <summary>The instrument as the API shows it, or 404.</summary>
    internal static async Task<IResult> InstrumentAsync(LanternDbContext db, int surveyId, CancellationToken ct) =>
        await DtoAsync(db, surveyId, ct) is { } instrument ? Results.Ok(instrument) : Results.NotFound();

    private static async Task<InstrumentDto?> DtoAsync(LanternDbContext db, int surveyId, CancellationToken ct) =>
        await SurveyQueries.LoadInstrumentAsync(db, surveyId, ct) is { } survey ? InstrumentDto.From(survey) : null;
}
