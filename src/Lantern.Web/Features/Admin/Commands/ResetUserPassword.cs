using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>An Administrator sets a new password for a person; their sessions end and a lockout is lifted.</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record ResetUserPassword(string UserId, [property: Required, StringLength(256)] string Password) : ICommand<string>
{
    public sealed class Handler(AccountService accounts) : ICommandHandler<ResetUserPassword, string>
    {
        public async Task<CommandResult<string>> HandleAsync(ResetUserPassword command, CancellationToken cancellationToken) =>
            AccountChanges.Of(command.UserId, await accounts.ResetPasswordAsync(command.UserId, command.Password));
    }
}
