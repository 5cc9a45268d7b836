using System.Globalization;
using System.Text.Json;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Responses;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>One response as the download has it: metadata, then the answers by item name. Nothing about the respondent exists to show.</summary>
public sealed record ResponseDto(long Id, int? WaveId, string Origin, DateTime SubmittedAt, string Language, IReadOnlyDictionary<string, string> Answers);

/// <summary>
/// A whole questionnaire sent for a wave. Answers are by item name: text, a number, a date as
/// yyyy-MM-dd, a choice by its value, several choices as an array of values (or one string with
/// the values separated by spaces).
/// </summary>
public sealed class ResponseSubmission
{
    public Dictionary<string, JsonElement> Answers { get; set; } = [];

    /// <summary>One of the survey's languages; its default language otherwise.</summary>
    public string? Language { get; set; }

    /// <summary>The invitation token, for a wave that needs one; it is used up.</summary>
    public string? Invitation { get; set; }

    /// <summary>The answers in the public form's encoding; null values are left out, as unanswered.</summary>
    public Dictionary<string, string> Given() =>
        Answers.Where(a => a.Value.ValueKind != JsonValueKind.Null).ToDictionary(a => a.Key, a => Text(a.Value), StringComparer.Ordinal);

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(' ', value.EnumerateArray().Select(Text)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}

/// <summary>What was stored: which wave, in which language and how many answers. No id or time, which would single the respondent out.</summary>
public sealed record SubmissionReceipt(int WaveId, string Language, int Answers);

/// <summary>
/// Responses as JSON, for those allowed to download them (Surveys.Export; every read is audited),
/// and whole questionnaires sent for a wave (Surveys.Import), stored like the public link's.
/// </summary>
internal static class ResponsesApi
{
    public static void MapResponsesApi(this RouteGroupBuilder surveys)
    {
        surveys.MapGet("/{surveyId:int}/responses", async (int surveyId, int? page, int? pageSize, DateTimeOffset? since, LanternDbContext db, CancellationToken ct) =>
            {
                var survey = await SurveyQueries.LoadInstrumentAsync(db, surveyId, ct);
                if (survey is null)
                {
                    return Results.NotFound();
                }

                var request = PageRequest.Of(page, pageSize);
                var responses = SurveyQueries.Responses(db, surveyId, since);
                var names = survey.Items.ToDictionary(i => i.Id, i => i.Name);
                var items = await responses.Skip(request.Skip).Take(request.Size).ToListAsync(ct);
                return Results.Ok(new Page<ResponseDto>(await responses.CountAsync(ct), request.Number, request.Size, [.. items.Select(r => Dto(r, names))]));
            })
            .RequirePermission(Resource.Surveys, Operation.Export)
            .Audited(AuditAction.Export, "Survey", "surveyId")
            .WithName("ListSurveyResponses")
            .WithSummary("Responses in the order they were stored, a page at a time; since=<ISO 8601 time> keeps those submitted at or after it.");

        surveys.MapPost("/{surveyId:int}/waves/{waveId:int}/responses", async (int surveyId, int waveId, ResponseSubmission submission, PublicWaves waves, CancellationToken ct) =>
            {
                // Stored as the public link stores a response (PublicWaves.StoreAsync says why that is no command).
                var result = await waves.SubmitWholeAsync(surveyId, waveId, submission.Given(), submission.Language, submission.Invitation, ct);
                return result switch
                {
                    null => Results.NotFound(),
                    { Refusal: { } refusal } => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: refusal.Title, detail: refusal.Explanation),
                    { Errors.Count: > 0 } => Results.ValidationProblem(result.Errors.ToDictionary(e => $"answers.{e.Key}", e => new[] { e.Value })),
                    { Outcome: SubmissionOutcome.InvitationRefused } => Results.Problem(
                        statusCode: StatusCodes.Status409Conflict, title: WaveRefusal.InvitationUsed.Title, detail: WaveRefusal.InvitationUsed.Explanation),
                    _ => Results.Created((string?)null, new SubmissionReceipt(waveId, result.Language!, result.Answers)),
                };
            })
            .RequirePermission(Resource.Surveys, Operation.Import)
            .WithName("SubmitSurveyResponse")
            .WithSummary("Sends one whole questionnaire for a wave, checked and stored as the public link stores it; the wave must be open, and an invitation-only wave needs its token.");
    }

    private static ResponseDto Dto(SurveyResponse response, Dictionary<int, string> names) => new(
        response.Id, response.WaveId, ResponseTable.OriginCode(response.Origin), DateTime.SpecifyKind(response.SubmittedAt, DateTimeKind.Utc), response.Language,
        AnswerSheet.FromJson(response.AnswersJson).Where(a => names.ContainsKey(a.Key)).ToDictionary(a => names[a.Key], a => a.Value, StringComparer.Ordinal));
}
