using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lantern.Web.Infrastructure.Audit;

/// <summary>What an audit record says, before the chain gives it a number and a hash.</summary>
public sealed record AuditEntry(AuditAction Action, string EntityType, string? EntityId = null, string? Fields = null, string? Detail = null);

/// <summary>The outcome of checking the whole chain; <see cref="Problem"/> is null when it is intact.</summary>
public sealed record AuditVerification(long Count, string HeadHash, long? BrokenAt, string? Problem)
{
    public bool Intact => Problem is null;
}

/// <summary>
/// Appends records to the trail as a hash chain: each record's hash covers its content and the
/// previous record's hash, and ids run without gaps, so removing or altering any record (short of
/// the last ones, whose count and head hash an operator can note) breaks the chain at that point.
/// </summary>
public static class AuditChain
{
    // Serialises appenders on PostgreSQL; SQLite transactions already take the write lock at BEGIN.
    private const long PostgresLockKey = 0x4C616E7465726E;

    public static async Task AppendAsync(LanternDbContext db, AuditActor actor, DateTime now, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit records are written inside the transaction of the change they record.");
        var connection = transaction.Connection!;
        if (connection is NpgsqlConnection)
        {
            await using var lockCommand = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)");
            Add(lockCommand, "key", PostgresLockKey);
            await lockCommand.ExecuteScalarAsync(cancellationToken);
        }

        var (lastId, lastHash) = await ReadHeadAsync(connection, transaction, cancellationToken);
        await using var insert = Command(connection, transaction,
            $"""
            INSERT INTO "{AuditModelConfiguration.Table}" ("Id", "At", "Channel", "UserId", "TokenId", "Address", "Action", "EntityType", "EntityId", "Fields", "Detail", "PreviousHash", "Hash")
            VALUES (@id, @at, @channel, @user, @token, @address, @action, @type, @entityId, @fields, @detail, @previous, @hash)
            """);
        // Millisecond precision survives both databases' timestamp types, so the hash can be recomputed.
        var at = DateTime.SpecifyKind(new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond)), DateTimeKind.Utc);
        foreach (var entry in entries)
        {
            var record = new AuditRecord
            {
                Id = ++lastId,
                At = at,
                Channel = actor.Channel,
                UserId = actor.UserId,
                TokenId = actor.TokenId,
                Address = actor.Address,
                Action = entry.Action,
                EntityType = entry.EntityType,
                EntityId = Truncate(entry.EntityId, 200),
                Fields = Truncate(entry.Fields, 2000),
                Detail = Truncate(entry.Detail, 400),
                PreviousHash = lastHash,
            };
            record.Hash = lastHash = HashOf(record);
            insert.Parameters.Clear();
            Add(insert, "id", record.Id);
            Add(insert, "at", record.At);
            Add(insert, "channel", record.Channel.ToString());
            Add(insert, "user", record.UserId);
            Add(insert, "token", record.TokenId);
            Add(insert, "address", record.Address);
            Add(insert, "action", record.Action.ToString());
            Add(insert, "type", record.EntityType);
            Add(insert, "entityId", record.EntityId);
            Add(insert, "fields", record.Fields);
            Add(insert, "detail", record.Detail);
            Add(insert, "previous", record.PreviousHash);
            Add(insert, "hash", record.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Walks the whole trail in order and reports the first record that does not follow from the one before.</summary>
    public static async Task<AuditVerification> VerifyAsync(LanternDbContext db, CancellationToken cancellationToken = default)
    {
        long count = 0, expectedId = 1;
        var previousHash = "";
        await foreach (var record in db.Set<AuditRecord>().AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = record.Id != expectedId ? $"record {expectedId} is missing (the next is {record.Id})"
                : record.PreviousHash != previousHash ? $"record {record.Id} does not follow the record before it"
                : record.Hash != HashOf(record) ? $"record {record.Id} was altered after it was written"
                : null;
            if (problem is not null)
            {
                return new AuditVerification(count, previousHash, expectedId, problem);
            }

            count++;
            expectedId++;
            previousHash = record.Hash;
        }

        return new AuditVerification(count, previousHash, null, null);
    }

    public static string HashOf(AuditRecord record)
    {
        var content = string.Join('\u001f',
            record.PreviousHash,
            record.Id.ToString(CultureInfo.InvariantCulture),
            record.At.Ticks.ToString(CultureInfo.InvariantCulture),
            record.Channel,
            record.UserId,
            record.TokenId?.ToString(CultureInfo.InvariantCulture),
            record.Address,
            record.Action,
            record.EntityType,
            record.EntityId,
            record.Fields,
            record.Detail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    private static async Task<(long Id, string Hash)> ReadHeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var head = Command(connection, transaction, $"""SELECT "Id", "Hash" FROM "{AuditModelConfiguration.Table}" ORDER BY "Id" DESC LIMIT 1""");
        await using var reader = await head.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, "");
    }

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
