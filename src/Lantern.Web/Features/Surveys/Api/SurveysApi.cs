using Lantern.Web.Infrastructure;
using Lantern.Web.Features.Surveys.Instruments.Commands;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>
/// The JSON API of surveys under /api/surveys: instruments, waves, responses and path models. Every
/// endpoint declares its permission and calls the commands and queries the pages use, so a rule
/// lives in one place whichever way a change arrives.
/// </summary>
public static class SurveysApi
{
    public const string Tag = "Surveys";

    public static void MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var surveys = app.MapGroup("/api/surveys").WithTags(Tag);
        surveys.MapInstrumentsApi();
        surveys.MapInstrumentPartsApi();
        surveys.MapWavesApi();
        surveys.MapResponsesApi();
        surveys.MapModelsApi();
    }

    /// <summary>A command's result as HTTP: 200 with the DTO, 404 when the survey or the part is missing, 409 when the instrument's state refuses it, else 400 with the field errors.</summary>
    internal static IResult Ok<T, TDto>(CommandResult<T> result, Func<T, TDto> map) =>
        result.Succeeded ? Results.Ok(map(result.Value!)) : Failure(result);

    internal static IResult Created<T, TDto>(CommandResult<T> result, Func<T, string> location, Func<T, TDto> map) =>
        result.Succeeded ? Results.Created(location(result.Value!), map(result.Value!)) : Failure(result);

    internal static IResult NoContent<T>(CommandResult<T> result) =>
        result.Succeeded ? Results.NoContent() : Failure(result);

    internal static IResult Failure<T>(CommandResult<T> result)
    {
        var errors = result.Errors.ToDictionary();
        return errors.ContainsKey("survey") || errors.ContainsKey("id") ? Results.NotFound()
            : errors.ContainsKey(InstrumentCommands.Refused) ? Results.ValidationProblem(errors, statusCode: StatusCodes.Status409Conflict)
            : Results.ValidationProblem(errors);
    }
}
