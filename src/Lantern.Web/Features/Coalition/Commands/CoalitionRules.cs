using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Commands;

/// <summary>
/// The rules of the service map that several commands (and the import) share: what makes an
/// organisation or a service valid, and how an input is written onto the stored row.
/// </summary>
public static class CoalitionRules
{
    public static async Task<FieldErrors> ValidateAsync(LanternDbContext db, OrganisationInput input, int? existingId, CancellationToken cancellationToken)
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

    public static async Task<(SubService? SubService, FieldErrors Errors)> ValidateAsync(LanternDbContext db, ServiceInput input, CancellationToken cancellationToken)
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

    public static void Apply(OrganisationInput input, Organisation organisation, DateTime now)
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

    public static void Apply(ServiceInput input, SubService subService, Service service)
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

    /// <summary>Marks the organisation as changed when one of its services is.</summary>
    public static async Task TouchAsync(LanternDbContext db, int organisationId, DateTime now, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FindAsync([organisationId], cancellationToken);
        organisation!.UpdatedAt = now;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
