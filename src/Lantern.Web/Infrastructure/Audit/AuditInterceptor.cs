using System.Reflection;
using Lantern.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Web.Infrastructure.Audit;

/// <summary>A property whose changes are bookkeeping (a last-used time), not something anyone did to the record.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>
/// An entity written by anonymous people whose anonymity the trail must keep (survey responses):
/// its records name the type but not the row.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AuditedAnonymouslyAttribute : Attribute;

/// <summary>
/// Writes an audit record for every entity that a save adds, changes or deletes, in the same
/// transaction as the change: a change cannot be stored without its record, nor the record without
/// the change. Writes that bypass the change tracker record themselves through <see cref="AuditLog"/>.
/// </summary>
public sealed class AuditInterceptor(AuditActorSource actors, TimeProvider clock) : SaveChangesInterceptor
{
    // Identity rewrites this stamp on every update; it says nothing about what changed.
    private static readonly HashSet<string> Bookkeeping = ["ConcurrencyStamp"];

    private List<Pending>? pending;
    private IDbContextTransaction? ownTransaction;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var db = (LanternDbContext)eventData.Context!;
        db.ChangeTracker.DetectChanges();
        pending = [.. Collect(db.ChangeTracker)];
        if (pending.Count > 0 && db.Database.CurrentTransaction is null)
        {
            ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (pending is { Count: > 0 } saved)
        {
            pending = null;
            var entries = saved.Where(p => !p.Anonymous).Select(p => p.ToEntry(p.EntityId ?? KeyOf(p.Entry)))
                // Rows kept anonymous are counted, not listed, so the trail holds no order of arrival either.
                .Concat(saved.Where(p => p.Anonymous).GroupBy(p => (p.Action, p.Entry.Metadata.ClrType))
                    .Select(g => new AuditEntry(g.Key.Action, TypeName(g.Key.ClrType), Detail: $"{g.Count()} row(s)")))
                .ToList();
            await AuditChain.AppendAsync((LanternDbContext)eventData.Context!, actors.Current, clock.GetUtcNow().UtcDateTime, entries, cancellationToken);
        }

        if (ownTransaction is { } transaction)
        {
            ownTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync();

    // Synchronous saves (the Data Protection key store makes them) take the same path; both
    // providers' ADO.NET calls complete synchronously underneath, and there is no context to deadlock.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AbandonAsync().GetAwaiter().GetResult();

    public override void SaveChangesCanceled(DbContextEventData eventData) => AbandonAsync().GetAwaiter().GetResult();

    private async Task AbandonAsync()
    {
        pending = null;
        if (ownTransaction is { } transaction)
        {
            ownTransaction = null;
            await transaction.DisposeAsync();
        }
    }

    private static IEnumerable<Pending> Collect(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditRecord || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var anonymous = entry.Metadata.ClrType.IsDefined(typeof(AuditedAnonymouslyAttribute));
            switch (entry.State)
            {
                case EntityState.Added:
                    yield return new Pending(entry, AuditAction.Create, null, anonymous);
                    break;
                case EntityState.Deleted:
                    yield return new Pending(entry, AuditAction.Delete, null, anonymous) { EntityId = KeyOf(entry) };
                    break;
                default:
                    // Identity saves a user with Update(), which marks every column as written. When the row was
                    // read in this context its original values are known (some value differs), and only the fields
                    // that really changed are named; an entity attached without them is taken as changed throughout.
                    var written = entry.Properties.Where(p => p.IsModified).ToList();
                    var originalsKnown = written.Exists(p => !Equals(p.OriginalValue, p.CurrentValue));
                    var fields = written
                        .Where(p => !originalsKnown || !Equals(p.OriginalValue, p.CurrentValue))
                        .Where(p => !Bookkeeping.Contains(p.Metadata.Name) && p.Metadata.PropertyInfo?.IsDefined(typeof(NotAuditedAttribute)) != true)
                        .Select(p => p.Metadata.Name)
                        .ToList();
                    if (fields.Count > 0)
                    {
                        yield return new Pending(entry, AuditAction.Update, string.Join(',', fields), anonymous) { EntityId = KeyOf(entry) };
                    }

                    break;
            }
        }
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(':', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The names people read in the trail; Identity's generic types get plain ones.</summary>
    public static string TypeName(Type type) => type switch
    {
        _ when type == typeof(LanternUser) => "User",
        _ when type == typeof(IdentityRole) => "Role",
        _ when type == typeof(IdentityUserRole<string>) => "UserRole",
        _ when type == typeof(IdentityUserClaim<string>) => "UserClaim",
        _ when type == typeof(IdentityUserLogin<string>) => "UserLogin",
        _ when type == typeof(IdentityUserToken<string>) => "UserToken",
        _ when type == typeof(IdentityRoleClaim<string>) => "RoleClaim",
        _ => type.Name,
    };

    private sealed record Pending(EntityEntry Entry, AuditAction Action, string? Fields, bool Anonymous)
    {
        /// <summary>Read before the save for deletions (the row is gone after it), after it for new rows (the key is generated).</summary>
        public string? EntityId { get; init; }

        public AuditEntry ToEntry(string entityId) => new(Action, TypeName(Entry.Metadata.ClrType), entityId, Fields);
    }
}
