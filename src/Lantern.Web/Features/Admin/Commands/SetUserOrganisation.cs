using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Admin.Commands;

/// <summary>Puts a person in an organisation of the service map (null: in none), which bounds the case records they work with.</summary>
[RequirePermission(Resource.Users, Operation.Edit)]
public sealed record SetUserOrganisation(string UserId, int? OrganisationId) : ICommand<string>
{
    public sealed class Handler(AccountService accounts) : ICommandHandler<SetUserOrganisation, string>
    {
        public async Task<CommandResult<string>> HandleAsync(SetUserOrganisation command, CancellationToken cancellationToken) =>
            AccountChanges.Of(command.UserId, await accounts.SetOrganisationAsync(command.UserId, command.OrganisationId));
    }
}
