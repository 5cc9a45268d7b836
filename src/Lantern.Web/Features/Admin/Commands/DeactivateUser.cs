using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>Takes a person off the system: sign-in, sessions and API tokens stop at once.</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record DeactivateUser(string UserId) : ICommand<string>
{
    public sealed class Handler(AccountService accounts) : ICommandHandler<DeactivateUser, string>
    {
        public async Task<CommandResult<string>> HandleAsync(DeactivateUser command, CancellationToken cancellationToken) =>
            AccountChanges.Of(command.UserId, await accounts.DeactivateAsync(command.UserId));
    }
}
