using Lantern.Web.Data;
using Lantern.Web.Features.Account.Model;
using Lantern.Web.Features.Coalition.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Account;

/// <summary>What Lantern adds to Identity's tables: display names, organisations, personal API tokens and the two-factor rule per role.</summary>
public static class AccountModelConfiguration
{
    public static void ConfigureAccounts(this ModelBuilder builder)
    {
        builder.Entity<ApiToken>(token =>
        {
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.HasIndex(t => t.Hash).IsUnique();
            token.HasIndex(t => t.UserId);
            token.HasOne<LanternUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<LanternUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            // Restrict: deleting an organisation must not silently take its people out of case work.
            user.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<TwoFactorRoleSetting>(setting =>
        {
            setting.HasKey(s => s.Role);
            setting.Property(s => s.Role).HasMaxLength(32);
        });
    }
}
