using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Lantern.Web.Infrastructure.Security;

/// <summary>Bearer secrets (API tokens, survey links, invitations): made at random, stored only as a one-way hash.</summary>
public static class Secrets
{
    /// <summary><paramref name="bytes"/> random bytes as base64url, safe in a URL or a header.</summary>
    public static string New(int bytes) => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>The hex SHA-256 of a secret: a stolen database reveals nothing usable.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
