using Lantern.Web.Data;
using Lantern.Web.Features.Account.Model;
using Lantern.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Account;

public sealed record IssuedToken(int Id, string Secret);

/// <summary>Issues, finds and revokes personal API tokens. The secret never reaches the database.</summary>
public sealed class ApiTokenService(LanternDbContext db, TimeProvider clock)
{
    public const string SecretPrefix = "lnt_";

    public async Task<IssuedToken> IssueAsync(string userId, string name, CancellationToken cancellationToken = default)
    {
        var secret = SecretPrefix + Secrets.New(32);
        var token = new ApiToken
        {
            UserId = userId,
            Name = name.Trim(),
            Prefix = secret[..12],
            Hash = Secrets.HashOf(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(token.Id, secret);
    }

    /// <summary>The live token for a presented secret, or null.</summary>
    public async Task<ApiToken?> FindActiveAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Secrets.HashOf(secret);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, cancellationToken);
        if (token is not null && (token.LastUsedAt is null || clock.GetUtcNow().UtcDateTime - token.LastUsedAt > TimeSpan.FromMinutes(5)))
        {
            // Coarse on purpose: a write per request would cost more than the information is worth.
            token.LastUsedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token;
    }

    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        db.ApiTokens.Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Revokes every live token of a person; returns how many there were.</summary>
    public async Task<int> RevokeAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        var live = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var token in live)
        {
            token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return live.Count;
    }

}
