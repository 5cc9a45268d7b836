using Lantern.Web.Data;

namespace Lantern.Web.Infrastructure.Audit;

/// <summary>
/// Records what the change tracker cannot see: sign-ins, exports and downloads, denied requests,
/// and writes made with plain SQL. Inside a caller's transaction the record commits with it;
/// otherwise it commits on its own.
/// </summary>
public sealed class AuditLog(LanternDbContext db, AuditActorSource actors, TimeProvider clock)
{
    public Task RecordAsync(AuditAction action, string entityType, string? entityId = null, string? detail = null, CancellationToken cancellationToken = default) =>
        RecordAsync(actors.Current, new AuditEntry(action, entityType, entityId, Detail: detail), cancellationToken);

    public Task RecordAsync(AuditActor actor, AuditEntry entry, CancellationToken cancellationToken = default) =>
        InTransactionAsync(() => AuditChain.AppendAsync(db, actor, clock.GetUtcNow().UtcDateTime, [entry], cancellationToken), cancellationToken);

    /// <summary>Saves the pending changes and one record that sums them up (an import) in one transaction.</summary>
    public Task SaveChangesAsync(AuditAction action, string entityType, string detail, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await AuditChain.AppendAsync(db, actors.Current, clock.GetUtcNow().UtcDateTime, [new AuditEntry(action, entityType, Detail: detail)], cancellationToken);
        }, cancellationToken);

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }
}
