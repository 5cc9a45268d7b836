using Lantern.Web.Features.Coalition.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition;

/// <summary>The service map's tables: areas, the sub-service catalogue, organisations and their services.</summary>
public static class CoalitionModelConfiguration
{
    public static void ConfigureCoalition(this ModelBuilder builder)
    {
        builder.Entity<Area>(area =>
        {
            area.Property(a => a.Name).HasMaxLength(200);
            area.Property(a => a.NormalizedName).HasMaxLength(200);
            area.Property(a => a.Path).HasMaxLength(400);
            area.HasIndex(a => a.Path);
            area.HasIndex(a => new { a.ParentId, a.NormalizedName }).IsUnique();
            area.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SubService>(sub =>
        {
            sub.Property(s => s.Code).HasMaxLength(64);
            sub.Property(s => s.Name).HasMaxLength(200);
            sub.HasIndex(s => s.Code).IsUnique();
        });

        builder.Entity<Organisation>(org =>
        {
            org.Property(o => o.Name).HasMaxLength(200);
            org.Property(o => o.NormalizedName).HasMaxLength(200);
            org.Property(o => o.Description).HasMaxLength(4000);
            org.Property(o => o.Email).HasMaxLength(320);
            org.Property(o => o.Phone).HasMaxLength(64);
            org.Property(o => o.Website).HasMaxLength(400);
            org.Property(o => o.Languages).HasMaxLength(200);
            org.HasIndex(o => o.NormalizedName).IsUnique();
        });

        builder.Entity<Service>(service =>
        {
            service.Property(s => s.Description).HasMaxLength(4000);
            service.Property(s => s.Languages).HasMaxLength(200);
            service.Property(s => s.ReferralMethod).HasMaxLength(1000);
            service.HasOne(s => s.Organisation).WithMany(o => o.Services).HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            service.HasOne(s => s.SubService).WithMany().HasForeignKey(s => s.SubServiceId).OnDelete(DeleteBehavior.Restrict);
            service.HasMany(s => s.Areas).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Populations).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ServiceArea>(link =>
        {
            link.HasKey(l => new { l.ServiceId, l.AreaId });
            link.HasIndex(l => l.AreaId);
            link.HasOne(l => l.Area).WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ServicePopulation>(link => link.HasKey(l => new { l.ServiceId, l.Population }));
    }
}
