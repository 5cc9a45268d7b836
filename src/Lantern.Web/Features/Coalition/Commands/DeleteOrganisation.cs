using System.Globalization;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

/// <summary>Deletes an organisation with its services; answers the id deleted. An organisation people belong to stays.</summary>
[RequirePermission(Resource.Organisations, Operation.Edit)]
public sealed record DeleteOrganisation(int Id) : ICommand<int>
{
    public sealed class Handler(LanternDbContext db) : ICommandHandler<DeleteOrganisation, int>
    {
        public async Task<CommandResult<int>> HandleAsync(DeleteOrganisation command, CancellationToken cancellationToken)
        {
            var members = await db.Users.CountAsync(u => u.OrganisationId == command.Id, cancellationToken);
            if (members > 0)
            {
                return CommandResult<int>.Fail(CommandFields.Conflict, MembersRemain(members));
            }

            return await db.DeleteAsync(db.Organisations.Where(o => o.Id == command.Id), cancellationToken) > 0
                ? new(command.Id, new FieldErrors())
                : CommandResult<int>.Fail("id", "No such organisation.");
        }

        private static string MembersRemain(int members) => string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} to this organisation; an administrator moves them to another organisation or clears theirs on the people page (/admin/users) before it can be deleted.",
            members,
            members == 1 ? "person belongs" : "people belong");
    }
}
