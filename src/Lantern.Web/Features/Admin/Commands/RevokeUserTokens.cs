using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>Revokes every live API token of a person (a leaked token, a laptop lost).</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record RevokeUserTokens(string UserId) : ICommand<string>
{
    public sealed class Handler(AccountService accounts) : ICommandHandler<RevokeUserTokens, string>
    {
        public async Task<CommandResult<string>> HandleAsync(RevokeUserTokens command, CancellationToken cancellationToken) =>
            AccountChanges.Of(command.UserId, await accounts.RevokeTokensAsync(command.UserId));
    }
}
