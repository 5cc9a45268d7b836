using Lantern.Web.Data;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>Ten new recovery codes in place of the old ones, which stop working.</summary>
[RequirePermission(Resource.OwnAccount, Operation.Edit)]
public sealed record RenewRecoveryCodes(string UserId) : ICommand<IReadOnlyList<string>>
{
    public sealed class Handler(UserManager<LanternUser> users, TwoFactorService twoFactor, IHttpContextAccessor http) : ICommandHandler<RenewRecoveryCodes, IReadOnlyList<string>>
    {
        public async Task<CommandResult<IReadOnlyList<string>>> HandleAsync(RenewRecoveryCodes command, CancellationToken cancellationToken) =>
            await OwnAccount.FindAsync(http, users, command.UserId) switch
            {
                null => CommandResult<IReadOnlyList<string>>.Fail("id", OwnAccount.NotYours),
                { TwoFactorEnabled: false } => CommandResult<IReadOnlyList<string>>.Fail(CommandFields.Conflict, "Two factors are off; turn them on first."),
                var user => new(await twoFactor.NewRecoveryCodesAsync(user), new FieldErrors()),
            };
    }
}
