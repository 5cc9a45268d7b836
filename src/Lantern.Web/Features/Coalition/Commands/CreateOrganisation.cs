using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

[RequirePermission(Resource.Organisations, Operation.Edit)]
public sealed record CreateOrganisation(OrganisationInput Input) : ICommand<Organisation>
{
    public sealed class Handler(LanternDbContext db, TimeProvider clock) : ICommandHandler<CreateOrganisation, Organisation>
    {
        public async Task<CommandResult<Organisation>> HandleAsync(CreateOrganisation command, CancellationToken cancellationToken)
        {
            var errors = await CoalitionRules.ValidateAsync(db, command.Input, existingId: null, cancellationToken);
            if (!errors.IsEmpty)
            {
                return CommandResult<Organisation>.Fail(errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var organisation = new Organisation { Name = command.Input.Name.Trim(), CreatedAt = now };
            CoalitionRules.Apply(command.Input, organisation, now);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
            return new(organisation, errors);
        }
    }
}
