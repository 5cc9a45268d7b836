using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>Gives a person one role instead of their current ones; their open sessions end so it applies at once.</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record SetUserRole(string UserId, Role Role) : ICommand<string>
{
    public sealed class Handler(AccountService accounts) : ICommandHandler<SetUserRole, string>
    {
        public async Task<CommandResult<string>> HandleAsync(SetUserRole command, CancellationToken cancellationToken) =>
            AccountChanges.Of(command.UserId, await accounts.SetRoleAsync(command.UserId, command.Role));
    }
}
