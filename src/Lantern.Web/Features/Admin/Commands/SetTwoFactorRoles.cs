using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>Chooses which roles must sign in with two factors; the roles left out need not.</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record SetTwoFactorRoles(IReadOnlySet<Role> Required) : ICommand<IReadOnlySet<Role>>
{
    public sealed class Handler(TwoFactorPolicy policy) : ICommandHandler<SetTwoFactorRoles, IReadOnlySet<Role>>
    {
        public async Task<CommandResult<IReadOnlySet<Role>>> HandleAsync(SetTwoFactorRoles command, CancellationToken cancellationToken)
        {
            await policy.SetAsync(command.Required, cancellationToken);
            return new(command.Required, new FieldErrors());
        }
    }
}
