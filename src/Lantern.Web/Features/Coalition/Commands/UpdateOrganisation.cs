using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

[RequirePermission(Resource.Organisations, Operation.Edit)]
public sealed record UpdateOrganisation(int Id, OrganisationInput Input) : ICommand<Organisation>
{
    public sealed class Handler(LanternDbContext db, TimeProvider clock) : ICommandHandler<UpdateOrganisation, Organisation>
    {
        public async Task<CommandResult<Organisation>> HandleAsync(UpdateOrganisation command, CancellationToken cancellationToken)
        {
            var organisation = await db.Organisations.FindAsync([command.Id], cancellationToken);
            if (organisation is null)
            {
                return CommandResult<Organisation>.Fail("id", "No such organisation.");
            }

            var errors = await CoalitionRules.ValidateAsync(db, command.Input, command.Id, cancellationToken);
            if (!errors.IsEmpty)
            {
                return CommandResult<Organisation>.Fail(errors);
            }

            CoalitionRules.Apply(command.Input, organisation, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return new(organisation, errors);
        }
    }
}
