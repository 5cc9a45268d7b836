using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

[RequirePermission(Resource.Areas, Operation.Edit)]
public sealed record CreateArea(AreaInput Input) : ICommand<Area>
{
    public sealed class Handler(LanternDbContext db) : ICommandHandler<CreateArea, Area>
    {
        public async Task<CommandResult<Area>> HandleAsync(CreateArea command, CancellationToken cancellationToken)
        {
            var errors = FieldErrors.Of(command.Input);
            Area? parent = null;
            if (command.Input.ParentId is { } parentId)
            {
                parent = await db.Areas.FindAsync([parentId], cancellationToken);
                if (parent is null)
                {
                    errors.Add(nameof(AreaInput.ParentId), "No such parent area.");
                }
                else if (parent.Kind == AreaKind.Locality)
                {
                    errors.Add(nameof(AreaInput.ParentId), "A locality cannot contain other areas.");
                }
            }

            var name = command.Input.Name.Trim();
            var normalized = NameKey.Of(name);
            if (name.IndexOfAny(['/', ';']) >= 0)
            {
                errors.Add(nameof(AreaInput.Name), "An area name cannot contain / or ; (files use them to write area paths).");
            }

            if (errors.IsEmpty && await db.Areas.AnyAsync(a => a.ParentId == command.Input.ParentId && a.NormalizedName == normalized, cancellationToken))
            {
                errors.Add(nameof(AreaInput.Name), $"\"{name}\" already exists there.");
            }

            if (!errors.IsEmpty)
            {
                return CommandResult<Area>.Fail(errors);
            }

            var area = new Area { Name = name, NormalizedName = normalized, ParentId = parent?.Id, Kind = parent is null ? AreaKind.Country : parent.Kind + 1 };
            db.Areas.Add(area);
            await db.SaveChangesAsync(cancellationToken);
            // The path needs the new id, so it is written in a second save, in the runner's transaction.
            area.Path = (parent?.Path ?? "/") + area.Id + "/";
            await db.SaveChangesAsync(cancellationToken);
            return new(area, errors);
        }
    }
}
