using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Surveys.Collection;

/// <summary>Random public keys and invitation tokens, and the one-way hash under which a token is kept.</summary>
public static class WaveKeys
{
    /// <summary>16 random bytes, base64url: 22 characters nobody can guess or enumerate.</summary>
    public static string NewPublicKey() => Secrets.New(16);

    public static string NewInvitationToken() => Secrets.New(16);

    public static string HashOf(string token) => Secrets.HashOf(token);
}
