using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

[RequirePermission(Resource.Organisations, Operation.Edit)]
public sealed record UpdateService(int Id, ServiceInput Input) : ICommand<Service>
{
    public sealed class Handler(LanternDbContext db, TimeProvider clock) : ICommandHandler<UpdateService, Service>
    {
        public async Task<CommandResult<Service>> HandleAsync(UpdateService command, CancellationToken cancellationToken)
        {
            var service = await db.Services.Include(s => s.Areas).Include(s => s.Populations).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
            if (service is null)
            {
                return CommandResult<Service>.Fail("id", "No such service.");
            }

            var (subService, errors) = await CoalitionRules.ValidateAsync(db, command.Input, cancellationToken);
            if (!errors.IsEmpty)
            {
                return CommandResult<Service>.Fail(errors);
            }

            CoalitionRules.Apply(command.Input, subService!, service);
            await CoalitionRules.TouchAsync(db, service.OrganisationId, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new(service, errors);
        }
    }
}
