using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>For a lost device: two factors off, key and recovery codes removed; the person enrols again.</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record ResetUserTwoFactor(string UserId) : ICommand<string>
{
    public sealed class Handler(UserManager<LanternUser> users, TwoFactorService twoFactor) : ICommandHandler<ResetUserTwoFactor, string>
    {
        public async Task<CommandResult<string>> HandleAsync(ResetUserTwoFactor command, CancellationToken cancellationToken) =>
            AccountChanges.Of(command.UserId, await users.FindByIdAsync(command.UserId) is { } user
                ? await twoFactor.ResetAsync(user)
                : [AccountService.NoSuchUser]);
    }
}
