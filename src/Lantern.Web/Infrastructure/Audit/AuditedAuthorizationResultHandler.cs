using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.Pages;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Lantern.Web.Infrastructure.Audit;

/// <summary>
/// Records every request refused for want of a permission, then answers as usual. A person in the
/// browser whose only lack is a recent sign-in is sent to confirm who they are instead.
/// </summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.ToList() ?? [];
            if (failed.Count > 0 && failed.TrueForAll(r => r is RecentSignInRequirement) && RecentSignIn.IsInteractive(context))
            {
                var back = LocalUrl.OrHome(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
                context.Response.Redirect($"{RecentSignIn.ConfirmPath}?returnUrl={Uri.EscapeDataString(back)}");
                return;
            }

            // The route template, not the path: a path can carry a secret (a survey link) or a search.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.GetEndpoint()?.DisplayName;
            var wanted = policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission.ToString())
                .Concat(failed.OfType<RecentSignInRequirement>().Select(_ => "RecentSignIn"));
            var detail = string.Join(',', wanted);
            await context.RequestServices.GetRequiredService<AuditLog>()
                .RecordAsync(AuditAction.PermissionDenied, "Endpoint", route, detail.Length > 0 ? detail : null, context.RequestAborted);
        }

        await answer.HandleAsync(next, context, policy, authorizeResult);
    }
}
