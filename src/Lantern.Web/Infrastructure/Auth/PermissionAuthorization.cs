using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Auth;

/// <summary>Declares the permission a page needs: <c>@attribute [RequirePermission(Resource.Areas, Operation.Edit)]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(Resource resource, Operation operation)
    : AuthorizeAttribute(new Permission(resource, operation).PolicyName);

public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

/// <summary>Builds a policy for any "permission:Resource.Operation" name on demand.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (Permission.TryParsePolicy(policyName, out var permission))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(permission))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        if (RolePermissions.Allows(roles, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Resource resource, Operation operation)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new Permission(resource, operation).PolicyName);

    public static bool Can(this ClaimsPrincipal user, Resource resource, Operation operation) =>
        RolePermissions.Allows(user.FindAll(ClaimTypes.Role).Select(c => c.Value), new Permission(resource, operation));
}
