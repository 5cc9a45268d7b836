using System.Security.Claims;

namespace Lantern.Web.Infrastructure.Audit;

/// <summary>Who a change is recorded against: an account (and the token it used), or a kind of caller.</summary>
public sealed record AuditActor(AuditChannel Channel, string? UserId = null, int? TokenId = null, string? Address = null)
{
    /// <summary>The claim the API token handler adds, so records name the token as well as its owner.</summary>
    public const string TokenClaim = "lantern:token";

    public static readonly AuditActor System = new(AuditChannel.System);

    public static readonly AuditActor Cli = new(AuditChannel.Cli);

    /// <summary>A survey respondent: no address is kept, so the trail cannot tell respondents apart.</summary>
    public static readonly AuditActor Respondent = new(AuditChannel.Anonymous);

    /// <summary>The actor of a request: its signed-in user, or <paramref name="user"/> while a sign-in is under way.</summary>
    public static AuditActor From(HttpContext context, ClaimsPrincipal? user = null)
    {
        var address = context.Connection.RemoteIpAddress?.ToString();
        user ??= context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return new AuditActor(AuditChannel.Anonymous, Address: address);
        }

        var token = int.TryParse(user.FindFirstValue(TokenClaim), out var id) ? id : (int?)null;
        return new AuditActor(token is null ? AuditChannel.Web : AuditChannel.Api, user.FindFirstValue(ClaimTypes.NameIdentifier), token, address);
    }
}

/// <summary>The actor for work done outside a request; the command line replaces it with <see cref="AuditActor.Cli"/>.</summary>
public sealed record BackgroundAuditActor(AuditActor Actor);

/// <summary>The actor of the current request, or of the process when there is none.</summary>
public sealed class AuditActorSource(IHttpContextAccessor http, BackgroundAuditActor background)
{
    public AuditActor Current => http.HttpContext is { } context ? AuditActor.From(context) : background.Actor;
}
