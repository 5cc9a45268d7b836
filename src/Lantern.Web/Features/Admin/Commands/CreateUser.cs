using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>An Administrator adds a person with one role, in an organisation of the service map or none; the result is the new account's email.</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record CreateUser(
    [property: Required, EmailAddress, StringLength(256)] string Email,
    [property: Required, StringLength(256)] string Password,
    Role Role,
    [property: StringLength(200)] string? DisplayName,
    int? OrganisationId = null) : ICommand<string>
{
    public sealed class Handler(AccountService accounts) : ICommandHandler<CreateUser, string>
    {
        public async Task<CommandResult<string>> HandleAsync(CreateUser command, CancellationToken cancellationToken) =>
            AccountChanges.Of(command.Email, await accounts.CreateAsync(command.Email, command.Password, command.Role, command.DisplayName, command.OrganisationId));
    }
}
