using Lantern.Web.Data;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>Authenticator keys and recovery codes are stored encrypted, so a copy of the database cannot produce sign-in codes.</summary>
public abstract class TwoFactorSecretStorageTests(LanternFactory app)
{
    [Fact]
    public async Task Keys_and_recovery_codes_are_encrypted_in_the_database_and_read_back_whole()
    {
        var email = await app.EnsureUser(Role.Coordinator);
        var (key, codes, stored) = await app.WithScope(async services =>
        {
            var users = services.GetRequiredService<UserManager<LanternUser>>();
            var user = await users.FindByEmailAsync(email);
            var recovery = await services.GetRequiredService<TwoFactorService>().NewRecoveryCodesAsync(user!);
            var rows = await services.GetRequiredService<LanternDbContext>().UserTokens.AsNoTracking()
                .Where(t => t.UserId == user!.Id).Select(t => t.Value).ToListAsync();
            return (await users.GetAuthenticatorKeyAsync(user!), recovery, rows);
        });

        key.ShouldBe(TwoFactorCodes.FixtureKey);
        codes.Count.ShouldBe(TwoFactorService.RecoveryCodeCount);
        stored.ShouldNotBeEmpty();
        stored.ShouldAllBe(value => !value!.Contains(TwoFactorCodes.FixtureKey, StringComparison.OrdinalIgnoreCase));
        foreach (var code in codes)
        {
            stored.ShouldAllBe(value => !value!.Contains(code, StringComparison.OrdinalIgnoreCase));
        }
    }
}

public sealed class TwoFactorSecretStorageTestsOnSqlite(SqliteApp app) : TwoFactorSecretStorageTests(app), IClassFixture<SqliteApp>;

public sealed class TwoFactorSecretStorageTestsOnPostgres(PostgresApp app) : TwoFactorSecretStorageTests(app), IClassFixture<PostgresApp>;
