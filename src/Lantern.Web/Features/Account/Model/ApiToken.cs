using Lantern.Web.Infrastructure.Audit;

namespace Lantern.Web.Features.Account.Model;

/// <summary>A personal API token. Only its SHA-256 hash is stored; the secret is shown once.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the token, so a user can tell tokens apart.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    [NotAudited]
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
