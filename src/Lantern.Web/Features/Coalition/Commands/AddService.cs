using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

[RequirePermission(Resource.Organisations, Operation.Edit)]
public sealed record AddService(int OrganisationId, ServiceInput Input) : ICommand<Service>
{
    public sealed class Handler(LanternDbContext db, TimeProvider clock) : ICommandHandler<AddService, Service>
    {
        public async Task<CommandResult<Service>> HandleAsync(AddService command, CancellationToken cancellationToken)
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == command.OrganisationId, cancellationToken))
            {
                return CommandResult<Service>.Fail("id", "No such organisation.");
            }

            var (subService, errors) = await CoalitionRules.ValidateAsync(db, command.Input, cancellationToken);
            if (!errors.IsEmpty)
            {
                return CommandResult<Service>.Fail(errors);
            }

            var service = new Service { OrganisationId = command.OrganisationId };
            CoalitionRules.Apply(command.Input, subService!, service);
            db.Services.Add(service);
            await CoalitionRules.TouchAsync(db, command.OrganisationId, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new(service, errors);
        }
    }
}
