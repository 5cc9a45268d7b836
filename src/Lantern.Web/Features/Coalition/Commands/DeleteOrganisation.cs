using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

/// <summary>Deletes an organisation with its services; answers the id deleted.</summary>
[RequirePermission(Resource.Organisations, Operation.Edit)]
public sealed record DeleteOrganisation(int Id) : ICommand<int>
{
    public sealed class Handler(LanternDbContext db) : ICommandHandler<DeleteOrganisation, int>
    {
        public async Task<CommandResult<int>> HandleAsync(DeleteOrganisation command, CancellationToken cancellationToken) =>
            await db.DeleteAsync(db.Organisations.Where(o => o.Id == command.Id), cancellationToken) > 0
                ? new(command.Id, new FieldErrors())
                : CommandResult<int>.Fail("id", "No such organisation.");
    }
}
