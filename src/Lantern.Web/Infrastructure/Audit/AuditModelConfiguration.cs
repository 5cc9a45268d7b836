using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Infrastructure.Audit;

public static class AuditModelConfiguration
{
    public const string Table = "AuditRecords";

    public static void ConfigureAudit(this ModelBuilder builder) => builder.Entity<AuditRecord>(record =>
    {
        record.ToTable(Table);
        record.Property(r => r.Id).ValueGeneratedNever();
        record.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        record.Property(r => r.Action).HasConversion<string>().HasMaxLength(32);
        record.Property(r => r.UserId).HasMaxLength(64);
        record.Property(r => r.Address).HasMaxLength(64);
        record.Property(r => r.EntityType).HasMaxLength(64);
        record.Property(r => r.EntityId).HasMaxLength(200);
        record.Property(r => r.Fields).HasMaxLength(2000);
        record.Property(r => r.Detail).HasMaxLength(400);
        record.Property(r => r.PreviousHash).HasMaxLength(64);
        record.Property(r => r.Hash).HasMaxLength(64);
        record.HasIndex(r => r.At);
        record.HasIndex(r => new { r.EntityType, r.EntityId });
        record.HasIndex(r => r.UserId);
    });
}
