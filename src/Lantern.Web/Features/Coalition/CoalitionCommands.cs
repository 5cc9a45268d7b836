using Lantern.Web.Data;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition;

/// <summary>
/// Every change to the service map goes through here, whether it comes from a page, the JSON API,
/// an import or the demo: validation and the rules about areas and the catalogue live in one place.
/// </summary>
public sealed class CoalitionCommands(LanternDbContext db, TimeProvider clock)
{
    public async Task<CommandResult<Organisation>> CreateOrganisationAsync(OrganisationInput input, CancellationToken cancellationToken = default)
    {
        var errors = await ValidateAsync(input, existingId: null, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<Organisation>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation { Name = input.Name.Trim(), CreatedAt = now };
        Apply(input, organisation, now);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return new(organisation, errors);
    }

    public async Task<CommandResult<Organisation>> UpdateOrganisationAsync(int id, OrganisationInput input, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.FindAsync([id], cancellationToken);
        if (organisation is null)
        {
            return CommandResult<Organisation>.Fail("id", "No such organisation.");
        }

        var errors = await ValidateAsync(input, id, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<Organisation>.Fail(errors);
        }

        Apply(input, organisation, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new(organisation, errors);
    }

    public async Task<bool> DeleteOrganisationAsync(int id, CancellationToken cancellationToken = default) =>
        await db.DeleteAsync(db.Organisations.Where(o => o.Id == id), cancellationToken) > 0;

    public async Task<CommandResult<Service>> AddServiceAsync(int organisationId, ServiceInput input, CancellationToken cancellationToken = default)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return CommandResult<Service>.Fail("organisationId", "No such organisation.");
        }

        var (subService, errors) = await ValidateAsync(input, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<Service>.Fail(errors);
        }

        var service = new Service { OrganisationId = organisationId };
        Apply(input, subService!, service);
        db.Services.Add(service);
        await TouchAsync(organisationId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new(service, errors);
    }

    public async Task<CommandResult<Service>> UpdateServiceAsync(int serviceId, ServiceInput input, CancellationToken cancellationToken = default)
    {
        var service = await db.Services.Include(s => s.Areas).Include(s => s.Populations).SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null)
        {
            return CommandResult<Service>.Fail("id", "No such service.");
        }

        var (subService, errors) = await ValidateAsync(input, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<Service>.Fail(errors);
        }

        Apply(input, subService!, service);
        await TouchAsync(service.OrganisationId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new(service, errors);
    }

    public async Task<bool> DeleteServiceAsync(int serviceId, CancellationToken cancellationToken = default) =>
        await db.DeleteAsync(db.Services.Where(s => s.Id == serviceId), cancellationToken) > 0;

    public async Task<CommandResult<Area>> CreateAreaAsync(AreaInput input, CancellationToken cancellationToken = default)
    {
        var errors = FieldErrors.Of(input);
        Area? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Areas.FindAsync([parentId], cancellationToken);
            if (parent is null)
            {
                errors.Add(nameof(input.ParentId), "No such parent area.");
            }
            else if (parent.Kind == AreaKind.Locality)
            {
                errors.Add(nameof(input.ParentId), "A locality cannot contain other areas.");
            }
        }

        var name = input.Name.Trim();
        var normalized = NameKey.Of(name);
        if (name.IndexOfAny(['/', ';']) >= 0)
        {
            errors.Add(nameof(input.Name), "An area name cannot contain / or ; (files use them to write area paths).");
        }

        if (errors.IsEmpty && await db.Areas.AnyAsync(a => a.ParentId == input.ParentId && a.NormalizedName == normalized, cancellationToken))
        {
            errors.Add(nameof(input.Name), $"\"{name}\" already exists there.");
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<Area>.Fail(errors);
        }

        var area = new Area { Name = name, NormalizedName = normalized, ParentId = parent?.Id, Kind = parent is null ? AreaKind.Country : parent.Kind + 1 };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Areas.Add(area);
        await db.SaveChangesAsync(cancellationToken);
        // The path needs the new id, so it is written in a second step inside the same transaction.
        area.Path = (parent?.Path ?? "/") + area.Id + "/";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(area, errors);
    }

    private async Task<FieldErrors> ValidateAsync(OrganisationInput input, int? existingId, CancellationToken cancellationToken)
    {
        var errors = FieldErrors.Of(input);
        if (!Enum.IsDefined(input.Type))
        {
            errors.Add(nameof(input.Type), "Unknown organisation type.");
        }

        if (LanguageCodes.Normalise(input.Languages) is null)
        {
            errors.Add(nameof(input.Languages), "Use two- or three-letter language codes such as en, it, el.");
        }

        var name = NameKey.Of(input.Name);
        if (name.Length > 0 && await db.Organisations.AnyAsync(o => o.NormalizedName == name && o.Id != existingId, cancellationToken))
        {
            errors.Add(nameof(input.Name), "Another organisation already has this name.");
        }

        return errors;
    }

    private async Task<(SubService? SubService, FieldErrors Errors)> ValidateAsync(ServiceInput input, CancellationToken cancellationToken)
    {
        var errors = FieldErrors.Of(input);
        var subService = await db.SubServices.SingleOrDefaultAsync(s => s.Code == input.SubService, cancellationToken);
        if (subService is null && !string.IsNullOrEmpty(input.SubService))
        {
            errors.Add(nameof(input.SubService), $"Unknown sub-service \"{input.SubService}\".");
        }

        var areaIds = input.AreaIds.Distinct().ToList();
        var known = await db.Areas.CountAsync(a => areaIds.Contains(a.Id), cancellationToken);
        if (known != areaIds.Count)
        {
            errors.Add(nameof(input.AreaIds), "One or more areas do not exist.");
        }

        if (input.Populations.Any(p => !Enum.IsDefined(p)))
        {
            errors.Add(nameof(input.Populations), "Unknown population.");
        }

        if (LanguageCodes.Normalise(input.Languages) is null)
        {
            errors.Add(nameof(input.Languages), "Use two- or three-letter language codes such as en, it, el.");
        }

        return (subService, errors);
    }

    internal static void Apply(OrganisationInput input, Organisation organisation, DateTime now)
    {
        organisation.Name = input.Name.Trim();
        organisation.NormalizedName = NameKey.Of(input.Name);
        organisation.Type = input.Type;
        organisation.Description = Blank(input.Description);
        organisation.Email = Blank(input.Email);
        organisation.Phone = Blank(input.Phone);
        organisation.Website = Blank(input.Website);
        organisation.Languages = LanguageCodes.Normalise(input.Languages)!;
        organisation.PublicListing = input.PublicListing;
        organisation.UpdatedAt = now;
    }

    internal static void Apply(ServiceInput input, SubService subService, Service service)
    {
        service.SubServiceId = subService.Id;
        service.Description = Blank(input.Description);
        service.MonthlyCapacity = input.MonthlyCapacity;
        service.Languages = LanguageCodes.Normalise(input.Languages)!;
        service.AcceptsReferrals = input.AcceptsReferrals;
        service.ReferralMethod = Blank(input.ReferralMethod);
        // Links are changed in place, so an unchanged link is neither deleted nor re-inserted.
        Sync(service.Areas, [.. input.AreaIds.Distinct()], link => link.AreaId, id => new ServiceArea { AreaId = id });
        Sync(service.Populations, [.. input.Populations.Distinct()], link => link.Population, p => new ServicePopulation { Population = p });
    }

    private static void Sync<TLink, TKey>(List<TLink> links, HashSet<TKey> wanted, Func<TLink, TKey> key, Func<TKey, TLink> create)
    {
        links.RemoveAll(link => !wanted.Contains(key(link)));
        wanted.ExceptWith(links.Select(key));
        links.AddRange(wanted.Select(create));
    }

    private async Task TouchAsync(int organisationId, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FindAsync([organisationId], cancellationToken);
        organisation!.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
