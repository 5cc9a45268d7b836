using System.Security.Claims;
using System.Text.Encodings.Web;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Auth;

/// <summary>Authenticates "Authorization: Bearer lnt_…" with a personal API token, as its owner.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<LanternUser> users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadBearer(Request, out var secret))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindActiveAsync(secret, Context.RequestAborted);
        var user = token is null ? null : await users.FindByIdAsync(token.UserId);
        // Deactivation stops tokens; a lockout does not: failed sign-ins by anyone who knows an
        // e-mail address must not switch off the owner's scripts.
        if (user is null || user.DeactivatedAt is not null)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked, or belongs to a deactivated account.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName ?? user.Id),
            new(AuditActor.TokenClaim, token!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange((await users.GetRolesAsync(user)).Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    public static bool TryReadBearer(HttpRequest request, out string secret)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            secret = header["Bearer ".Length..].Trim();
            return secret.Length > 0;
        }

        secret = "";
        return false;
    }
}
