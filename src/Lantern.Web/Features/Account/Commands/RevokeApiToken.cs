using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>Revokes one of a person's live tokens; the result is its id.</summary>
[RequirePermission(Resource.OwnAccount, Operation.Edit)]
public sealed record RevokeApiToken(string UserId, int TokenId) : ICommand<int>
{
    public sealed class Handler(ApiTokenService tokens, IHttpContextAccessor http) : ICommandHandler<RevokeApiToken, int>
    {
        public async Task<CommandResult<int>> HandleAsync(RevokeApiToken command, CancellationToken cancellationToken) =>
            OwnAccount.Allows(http, command.UserId) && await tokens.RevokeAsync(command.UserId, command.TokenId, cancellationToken)
                ? new(command.TokenId, new FieldErrors())
                : CommandResult<int>.Fail("id", "No such live token.");
    }
}
