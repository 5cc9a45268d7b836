using Lantern.Web.Data;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>The key a person enrols their authenticator app with: the one already made for them, or a new one.</summary>
[RequirePermission(Resource.OwnAccount, Operation.Edit)]
public sealed record PrepareAuthenticatorKey(string UserId) : ICommand<string>
{
    public sealed class Handler(UserManager<LanternUser> users, TwoFactorService twoFactor, IHttpContextAccessor http) : ICommandHandler<PrepareAuthenticatorKey, string>
    {
        public async Task<CommandResult<string>> HandleAsync(PrepareAuthenticatorKey command, CancellationToken cancellationToken) =>
            await OwnAccount.FindAsync(http, users, command.UserId) is { } user
                ? new(await twoFactor.KeyForEnrolmentAsync(user), new FieldErrors())
                : CommandResult<string>.Fail("id", OwnAccount.NotYours);
    }
}
