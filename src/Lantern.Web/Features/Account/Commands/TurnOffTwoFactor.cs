using Lantern.Web.Data;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>A person turns their own two factors off, which only a role that does not require them may do.</summary>
[RequirePermission(Resource.OwnAccount, Operation.Edit)]
public sealed record TurnOffTwoFactor(string UserId) : ICommand<string>
{
    public sealed class Handler(UserManager<LanternUser> users, TwoFactorService twoFactor, TwoFactorPolicy policy, IHttpContextAccessor http)
        : ICommandHandler<TurnOffTwoFactor, string>
    {
        public async Task<CommandResult<string>> HandleAsync(TurnOffTwoFactor command, CancellationToken cancellationToken)
        {
            if (await OwnAccount.FindAsync(http, users, command.UserId) is not { } user)
            {
                return CommandResult<string>.Fail("id", OwnAccount.NotYours);
            }

            if (await policy.RequiredForAsync(await users.GetRolesAsync(user), cancellationToken))
            {
                return CommandResult<string>.Fail(CommandFields.Conflict, "Your role requires two factors; an administrator can reset them after a lost phone.");
            }

            var errors = new FieldErrors();
            foreach (var problem in await twoFactor.ResetAsync(user))
            {
                errors.Add("", problem);
            }

            return new(errors.IsEmpty ? user.Id : null, errors);
        }
    }
}
