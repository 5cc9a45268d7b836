using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>Turns two factors on when the code matches the enrolment key; the result is the ten recovery codes, shown once.</summary>
[RequirePermission(Resource.OwnAccount, Operation.Edit)]
public sealed record EnableTwoFactor(string UserId, [property: Required, StringLength(10)] string Code) : ICommand<IReadOnlyList<string>>
{
    public const string WrongCode = "The code is not right. Check that the phone's clock is right and type the newest code.";

    public sealed class Handler(UserManager<LanternUser> users, TwoFactorService twoFactor, IHttpContextAccessor http) : ICommandHandler<EnableTwoFactor, IReadOnlyList<string>>
    {
        public async Task<CommandResult<IReadOnlyList<string>>> HandleAsync(EnableTwoFactor command, CancellationToken cancellationToken)
        {
            if (await OwnAccount.FindAsync(http, users, command.UserId) is not { } user)
            {
                return CommandResult<IReadOnlyList<string>>.Fail("id", OwnAccount.NotYours);
            }

            if (user.TwoFactorEnabled)
            {
                return CommandResult<IReadOnlyList<string>>.Fail(CommandFields.Conflict, "Two factors are already on.");
            }

            return TotpTokenProvider.Normalise(command.Code) is { } code && await twoFactor.EnableAsync(user, code) is { } recoveryCodes
                ? new(recoveryCodes, new FieldErrors())
                : CommandResult<IReadOnlyList<string>>.Fail(nameof(Code), WrongCode);
        }
    }
}
