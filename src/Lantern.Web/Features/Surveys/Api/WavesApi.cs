using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Commands.Waves;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>A wave with its public link, its state now and what it collected. Invitation tokens are never shown again after they are issued.</summary>
public sealed record WaveDto(
    int Id, int SurveyId, string Name, string PublicLink, DateTime? OpensAt, DateTime? ClosesAt, bool RequiresInvitation, WaveStatus Status,
    DateTime CreatedAt, int Responses, int InvitationsUsed, int InvitationsIssued)
{
    public static WaveDto From(SurveyWave wave, WaveCounts counts, DateTime now) => new(
        wave.Id, wave.SurveyId, wave.Name, PublicLinks.Form(wave.PublicKey, null, null), wave.OpensAt, wave.ClosesAt, wave.RequiresInvitation,
        wave.StatusAt(now), wave.CreatedAt, counts.Responses, counts.InvitationsUsed, counts.InvitationsIssued);
}

public sealed record InvitationsRequest(int Count);

/// <summary>The new tokens, shown this once: only their hashes are stored.</summary>
public sealed record IssuedInvitations(int WaveId, IReadOnlyList<string> Tokens);

/// <summary>Waves: rounds of collection through a public link, opened and closed by their dates.</summary>
internal static class WavesApi
{
    public static void MapWavesApi(this RouteGroupBuilder surveys)
    {
        var read = surveys.MapGroup("/{surveyId:int}/waves").RequirePermission(Resource.Surveys, Operation.Read);
        var edit = surveys.MapGroup("/{surveyId:int}/waves").RequirePermission(Resource.Surveys, Operation.Edit);

        read.MapGet("", async (int surveyId, LanternDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, ct))
                {
                    return Results.NotFound();
                }

                var waves = await db.SurveyWaves.AsNoTracking().Where(w => w.SurveyId == surveyId).OrderBy(w => w.Id).ToListAsync(ct);
                return Results.Ok(await DtosAsync(db, waves, clock, ct));
            })
            .WithName("ListSurveyWaves")
            .WithSummary("A survey's waves with their links, state, dates and counts of responses and invitations.");

        read.MapGet("/{waveId:int}", async (int surveyId, int waveId, LanternDbContext db, TimeProvider clock, CancellationToken ct) =>
                await db.SurveyWaves.AsNoTracking().SingleOrDefaultAsync(w => w.Id == waveId && w.SurveyId == surveyId, ct) is { } wave
                    ? Results.Ok((await DtosAsync(db, [wave], clock, ct))[0])
                    : Results.NotFound())
            .WithName("GetSurveyWave")
            .WithSummary("One wave.");

        edit.MapPost("", async (int surveyId, WaveInput input, CommandRunner runner, LanternDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await runner.RunAsync(new SaveWave(surveyId, null, input), ct);
                return result.Succeeded
                    ? Results.Created($"/api/surveys/{surveyId}/waves/{result.Value!.Id}", (await DtosAsync(db, [result.Value], clock, ct))[0])
                    : result.Problem();
            })
            .WithName("CreateSurveyWave")
            .WithSummary("Adds a wave with a new public link; dates in UTC, open at once and never closing when left out.");

        edit.MapPut("/{waveId:int}", (int surveyId, int waveId, WaveInput input, CommandRunner runner, LanternDbContext db, TimeProvider clock, CancellationToken ct) =>
                WaveResultAsync(runner.RunAsync(new SaveWave(surveyId, waveId, input), ct), db, clock, ct))
            .WithName("UpdateSurveyWave")
            .WithSummary("Replaces a wave's name, dates and whether it needs invitations.");

        edit.MapPost("/{waveId:int}/open", (int surveyId, int waveId, CommandRunner runner, LanternDbContext db, TimeProvider clock, CancellationToken ct) =>
                WaveResultAsync(runner.RunAsync(new OpenWave(surveyId, waveId), ct), db, clock, ct))
            .WithName("OpenSurveyWave")
            .WithSummary("Opens the wave now.");

        edit.MapPost("/{waveId:int}/close", (int surveyId, int waveId, CommandRunner runner, LanternDbContext db, TimeProvider clock, CancellationToken ct) =>
                WaveResultAsync(runner.RunAsync(new CloseWave(surveyId, waveId), ct), db, clock, ct))
            .WithName("CloseSurveyWave")
            .WithSummary("Closes the wave now; its responses stay.");

        edit.MapDelete("/{waveId:int}", async (int surveyId, int waveId, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new DeleteWave(surveyId, waveId), ct)).ToNoContent())
            .WithName("DeleteSurveyWave")
            .WithSummary("Deletes a wave and its invitations; the responses it collected stay, without their wave.");

        edit.MapPost("/{waveId:int}/invitations", async (int surveyId, int waveId, InvitationsRequest request, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new IssueInvitations(surveyId, waveId, request.Count), ct)).ToOk(tokens => new IssuedInvitations(waveId, tokens)))
            .WithName("IssueSurveyWaveInvitations")
            .WithSummary("Issues single-use invitation tokens; the answer is the only place they appear.");
    }

    private static async Task<IResult> WaveResultAsync(Task<CommandResult<SurveyWave>> command, LanternDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var result = await command;
        return result.Succeeded ? Results.Ok((await DtosAsync(db, [result.Value!], clock, ct))[0]) : result.Problem();
    }

    private static async Task<List<WaveDto>> DtosAsync(LanternDbContext db, IReadOnlyList<SurveyWave> waves, TimeProvider clock, CancellationToken ct)
    {
        var counts = await SurveyQueries.WaveCountsAsync(db, [.. waves.Select(w => w.Id)], ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. waves.Select(w => WaveDto.From(w, counts[w.Id], now))];
    }
}
