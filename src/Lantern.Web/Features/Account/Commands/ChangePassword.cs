using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account.Commands;

/// <summary>A person changes their own password; every session of theirs ends (the page signs the current one in again).</summary>
[RequirePermission(Resource.OwnAccount, Operation.Edit)]
public sealed record ChangePassword(
    string UserId,
    [property: Required, StringLength(256)] string Current,
    [property: Required, StringLength(256)] string New) : ICommand<string>
{
    public sealed class Handler(UserManager<LanternUser> users, AccountService accounts, IHttpContextAccessor http) : ICommandHandler<ChangePassword, string>
    {
        public async Task<CommandResult<string>> HandleAsync(ChangePassword command, CancellationToken cancellationToken)
        {
            if (await OwnAccount.FindAsync(http, users, command.UserId) is not { } user)
            {
                return CommandResult<string>.Fail("id", OwnAccount.NotYours);
            }

            var errors = new FieldErrors();
            foreach (var problem in await accounts.ChangePasswordAsync(user, command.Current, command.New))
            {
                errors.Add(nameof(New), problem);
            }

            return new(errors.IsEmpty ? user.Id : null, errors);
        }
    }
}
