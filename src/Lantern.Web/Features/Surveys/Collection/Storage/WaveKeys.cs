using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Lantern.Web.Features.Surveys.Collection.Storage;

/// <summary>Random public keys and invitation tokens, and the one-way hash under which a token is kept.</summary>
public static class WaveKeys
{
    /// <summary>16 random bytes, base64url: 22 characters nobody can guess or enumerate.</summary>
    public static string NewPublicKey() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    public static string NewInvitationToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    /// <summary>The hex SHA-256 of a token: a stolen database reveals no usable link.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
