using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

/// <summary>Deletes a service; answers the id of its organisation, which the page returns to.</summary>
[RequirePermission(Resource.Organisations, Operation.Edit)]
public sealed record DeleteService(int Id) : ICommand<int>
{
    public sealed class Handler(LanternDbContext db, TimeProvider clock) : ICommandHandler<DeleteService, int>
    {
        public async Task<CommandResult<int>> HandleAsync(DeleteService command, CancellationToken cancellationToken)
        {
            var service = await db.Services.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
            if (service is null)
            {
                return CommandResult<int>.Fail("id", "No such service.");
            }

            db.Services.Remove(service);
            await CoalitionRules.TouchAsync(db, service.OrganisationId, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new(service.OrganisationId, new FieldErrors());
        }
    }
}
