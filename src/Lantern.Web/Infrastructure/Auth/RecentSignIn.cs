using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Infrastructure.Auth;

/// <summary>
/// Declares a page that changes an account: <c>@attribute [Authorize(Policy = RecentSignIn.Policy)]</c>.
/// It opens only to a person in the browser (a session cookie, never an API token) who signed in
/// within <see cref="MaxAge"/>, with their second factor when they have one; anyone else in the
/// browser is asked to confirm who they are (<c>/account/confirm</c>), a script gets 403.
/// </summary>
public sealed class RecentSignInRequirement : IAuthorizationRequirement;

public static class RecentSignIn
{
    public const string Policy = "recent-sign-in";

    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(15);

    public const string ConfirmPath = "/account/confirm";

    public static AuthorizationBuilder AddRecentSignInPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new RecentSignInRequirement()));

    /// <summary>Whether the request comes from a signed-in browser session rather than an API token.</summary>
    public static bool IsInteractive(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.ApplicationScheme
        && context.Features.Get<SignedInAccount>() is not null;

    /// <summary>A browser session opened within <see cref="MaxAge"/>, with two factors if the account has them.</summary>
    public static bool IsRecent(HttpContext context, DateTimeOffset now) =>
        IsInteractive(context)
        && LanternSignInManager.SignedInAt(context.User) is { } signedInAt && now - signedInAt <= MaxAge && signedInAt <= now
        && (!context.Features.Get<SignedInAccount>()!.TwoFactorEnabled || LanternSignInManager.SignedInWithTwoFactors(context.User));
}

public sealed class RecentSignInHandler(TimeProvider clock) : AuthorizationHandler<RecentSignInRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RecentSignInRequirement requirement)
    {
        if (context.Resource is HttpContext http && RecentSignIn.IsRecent(http, clock.GetUtcNow()))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
