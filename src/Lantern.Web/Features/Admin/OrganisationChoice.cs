using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Admin;

/// <summary>An organisation of the service map as the people pages offer it: a person can be put in it.</summary>
public sealed record OrganisationChoice(int Id, string Name)
{
    public static Task<List<OrganisationChoice>> AllAsync(LanternDbContext db) =>
        db.Organisations.OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync();
}
