using System.Data.Common;
using System.Threading.Channels;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Web.Features.Surveys.Collection;

/// <summary>How a submission ended: stored, or refused because its invitation was already used or unknown.</summary>
public enum SubmissionOutcome
{
    Stored,
    InvitationRefused,
}

/// <summary>
/// Stores public submissions by group commit: requests queue their response, one loop takes
/// everything queued, inserts it in a single transaction and commits, and only then tells each
/// request it is stored. Many responses share one commit (one WAL sync on SQLite), yet no request
/// is acknowledged before its row is durable, so a server killed mid-load loses nothing it confirmed.
/// </summary>
public sealed class ResponseWriter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ResponseWriter> logger) : BackgroundService
{
    /// <summary>At most this many responses share a transaction, so one commit never grows unbounded.</summary>
    public const int MaxBatch = 512;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <param name="invitationTokenHash">The SHA-256 of the invitation token, when the wave needs one; it is used up in the same transaction.</param>
    public Task<SubmissionOutcome> SubmitAsync(SurveyResponse response, string? invitationTokenHash)
    {
        var pending = new Pending(response, invitationTokenHash, new TaskCompletionSource<SubmissionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            pending.Done.SetException(new InvalidOperationException("The server is stopping; the response was not stored."));
        }

        return pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await WriteAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued was never acknowledged and is refused below.
        }

        queue.Writer.TryComplete();
        while (queue.Reader.TryRead(out var left))
        {
            left.Done.TrySetException(new OperationCanceledException("The server is stopping; the response was not stored."));
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            var outcomes = await StoreAsync(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One bad response (say, its wave was just deleted) must not sink the others: retry each alone.
            logger.LogWarning(ex, "A batch of {Count} survey responses failed; storing them one by one", batch.Count);
            foreach (var pending in batch)
            {
                await WriteAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            batch[0].Done.TrySetException(ex);
        }
    }

    /// <summary>
    /// One transaction for the whole batch. Plain prepared commands rather than EF change tracking,
    /// and no CommandRunner: this is the hottest write in the app, made by anonymous respondents with
    /// no permission to check, and the two statements below are all it needs.
    /// </summary>
    private async Task<SubmissionOutcome[]> StoreAsync(List<Pending> batch)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var outcomes = new SubmissionOutcome[batch.Count];
        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();
        await using var insert = Command(connection, transaction.GetDbTransaction(),
            """INSERT INTO "SurveyResponses" ("Id", "SurveyId", "WaveId", "Origin", "SubmittedAt", "Language", "AnswersJson") VALUES (@id, @survey, @wave, @origin, @at, @language, @answers)""",
            "id", "survey", "wave", "origin", "at", "language", "answers");
        await using var useInvitation = Command(connection, transaction.GetDbTransaction(),
            """UPDATE "SurveyWaveInvitations" SET "Used" = @used WHERE "WaveId" = @wave AND "TokenHash" = @hash AND NOT "Used" """,
            "used", "wave", "hash");
        for (var i = 0; i < batch.Count; i++)
        {
            var (response, tokenHash, _) = batch[i];
            if (tokenHash is not null)
            {
                // Conditional update: of two submissions racing for one token, exactly one changes the row.
                Set(useInvitation, true, response.WaveId, tokenHash);
                if (await useInvitation.ExecuteNonQueryAsync() == 0)
                {
                    outcomes[i] = SubmissionOutcome.InvitationRefused;
                    continue;
                }
            }

            response.SubmittedAt = SurveyResponse.DayOf(now);
            Set(insert, response.Id, response.SurveyId, response.WaveId, (int)response.Origin, response.SubmittedAt, response.Language, response.AnswersJson);
            await insert.ExecuteNonQueryAsync();
            outcomes[i] = SubmissionOutcome.Stored;
        }

        // One record for the batch, naming the waves but no response: the trail must not tell respondents apart.
        var stored = batch.Where((_, i) => outcomes[i] == SubmissionOutcome.Stored).GroupBy(p => p.Response.WaveId);
        await AuditChain.AppendAsync(db, AuditActor.Respondent, now,
            [.. stored.Select(wave => new AuditEntry(AuditAction.Create, nameof(SurveyResponse), Detail: $"wave {wave.Key}: {wave.Count()} response(s) through the public link"))],
            CancellationToken.None);
        await transaction.CommitAsync();
        return outcomes;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private readonly record struct Pending(SurveyResponse Response, string? TokenHash, TaskCompletionSource<SubmissionOutcome> Done);
}
