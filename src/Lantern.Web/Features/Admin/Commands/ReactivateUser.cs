using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>Lets a deactivated person sign in again.</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record ReactivateUser(string UserId) : ICommand<string>
{
    public sealed class Handler(AccountService accounts) : ICommandHandler<ReactivateUser, string>
    {
        public async Task<CommandResult<string>> HandleAsync(ReactivateUser command, CancellationToken cancellationToken) =>
            AccountChanges.Of(command.UserId, await accounts.ReactivateAsync(command.UserId));
    }
}
