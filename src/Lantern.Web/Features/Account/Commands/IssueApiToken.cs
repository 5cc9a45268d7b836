using System.ComponentModel.DataAnnotations;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>Issues a personal API token; its secret is in the result once and never stored.</summary>
[RequirePermission(Resource.OwnAccount, Operation.Edit)]
public sealed record IssueApiToken(string UserId, [property: Required, StringLength(100)] string Name) : ICommand<IssuedToken>
{
    public sealed class Handler(ApiTokenService tokens, IHttpContextAccessor http) : ICommandHandler<IssueApiToken, IssuedToken>
    {
        public async Task<CommandResult<IssuedToken>> HandleAsync(IssueApiToken command, CancellationToken cancellationToken) =>
            OwnAccount.Allows(http, command.UserId)
                ? new(await tokens.IssueAsync(command.UserId, command.Name, cancellationToken), new FieldErrors())
                : CommandResult<IssuedToken>.Fail("id", OwnAccount.NotYours);
    }
}
