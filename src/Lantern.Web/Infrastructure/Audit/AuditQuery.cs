using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Infrastructure.Audit;

/// <summary>A filter over the audit trail; every part is optional.</summary>
public sealed record AuditFilter(DateOnly? From = null, DateOnly? To = null, AuditAction? Action = null, string? EntityType = null, string? EntityId = null, string? UserId = null)
{
    public IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> records)
    {
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            records = records.Where(r => r.At >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            records = records.Where(r => r.At < end);
        }

        if (Action is { } action)
        {
            records = records.Where(r => r.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            records = records.Where(r => r.EntityType == EntityType);
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            records = records.Where(r => r.EntityId == EntityId);
        }

        if (!string.IsNullOrWhiteSpace(UserId))
        {
            records = records.Where(r => r.UserId == UserId);
        }

        return records;
    }
}

/// <summary>A record as people read it: the actor's e-mail beside the account id.</summary>
public sealed record AuditLine(
    long Id, DateTime At, AuditChannel Channel, string? UserId, string? UserEmail, int? TokenId, string? Address,
    AuditAction Action, string EntityType, string? EntityId, string? Fields, string? Detail, string Hash);

public static class AuditQuery
{
    /// <summary>Newest first, one page at a time.</summary>
    public static async Task<Page<AuditLine>> SearchAsync(LanternDbContext db, AuditFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var records = filter.Apply(db.Set<AuditRecord>().AsNoTracking());
        var total = await records.CountAsync(cancellationToken);
        var items = await Lines(db, records.OrderByDescending(r => r.Id).Skip(page.Skip).Take(page.Size)).ToListAsync(cancellationToken);
        return new Page<AuditLine>(total, page.Number, page.Size, items);
    }

    /// <summary>Everything the filter selects, oldest first, streamed for an export.</summary>
    public static IAsyncEnumerable<AuditLine> StreamAsync(LanternDbContext db, AuditFilter filter) =>
        Lines(db, filter.Apply(db.Set<AuditRecord>().AsNoTracking()).OrderBy(r => r.Id)).AsAsyncEnumerable();

    private static IQueryable<AuditLine> Lines(LanternDbContext db, IQueryable<AuditRecord> records) =>
        from r in records
        join u in db.Users on r.UserId equals u.Id into users
        from u in users.DefaultIfEmpty()
        select new AuditLine(r.Id, r.At, r.Channel, r.UserId, u == null ? null : u.Email, r.TokenId, r.Address, r.Action, r.EntityType, r.EntityId, r.Fields, r.Detail, r.Hash);
}
