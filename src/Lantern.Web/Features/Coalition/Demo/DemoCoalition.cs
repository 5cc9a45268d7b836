using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Demo;

/// <summary>
/// A clearly fictional coalition so a newcomer sees populated pages. Every name says "(demo)" and
/// the country does not exist; the same seed always gives the same coalition.
/// </summary>
public static class DemoCoalition
{
    public const string CountryName = "Lanternia (fictional)";

    private static readonly (string Region, string[] Localities)[] Regions =
    [
        ("North Vale", ["Millbrook", "Stonebridge", "Ashford"]),
        ("Harbour Coast", ["Port Aurel", "Saltmarsh"]),
        ("Eastern Hills", ["Kestrel Rise", "Old Quarry"]),
    ];

    private static readonly (string Name, OrganisationType Type)[] Organisations =
    [
        ("Safe Harbour Shelter (demo)", OrganisationType.Ngo),
        ("North Vale Legal Aid Clinic (demo)", OrganisationType.Ngo),
        ("Lanternia Ministry of Social Affairs (demo)", OrganisationType.Government),
        ("Port Aurel Police Liaison Unit (demo)", OrganisationType.LawEnforcement),
        ("St Brigid Outreach (demo)", OrganisationType.FaithBased),
        ("Fair Work Employers Network (demo)", OrganisationType.Business),
        ("Migrant Welcome Centre (demo)", OrganisationType.Ngo),
        ("University of Kestrel Rise Research Lab (demo)", OrganisationType.Academic),
        ("Open Doors Youth Programme (demo)", OrganisationType.Ngo),
        ("Saltmarsh Women's Collective (demo)", OrganisationType.Ngo),
        ("Regional Office of a Migration Agency (demo)", OrganisationType.International),
        ("Bright Futures Vocational School (demo)", OrganisationType.Ngo),
        ("Hillside Counselling Service (demo)", OrganisationType.Ngo),
        ("Coastline Health Clinic (demo)", OrganisationType.Government),
        ("Digital Safety Volunteers (demo)", OrganisationType.Ngo),
        ("Lanternia Anti-Trafficking Hotline (demo)", OrganisationType.Ngo),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var commands = scope.ServiceProvider.GetRequiredService<CommandRunner>();
        if (await db.Areas.AnyAsync(a => a.Name == CountryName && a.ParentId == null, cancellationToken))
        {
            return;
        }

        var country = await CreateAreaAsync(commands, CountryName, null, cancellationToken);
        var places = new List<int> { country };
        foreach (var (region, localities) in Regions)
        {
            var regionId = await CreateAreaAsync(commands, region, country, cancellationToken);
            places.Add(regionId);
            foreach (var locality in localities)
            {
                places.Add(await CreateAreaAsync(commands, locality, regionId, cancellationToken));
            }
        }

        var catalogue = await db.SubServices.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync(cancellationToken);
        var populations = Enum.GetValues<Population>();
        var random = new Random(2026);
        foreach (var (name, type) in Organisations)
        {
            var slug = new string([.. name.ToLowerInvariant().Where(char.IsLetter)]);
            var organisation = await commands.RunAsync(new CreateOrganisation(new OrganisationInput
            {
                Name = name,
                Type = type,
                Description = "A fictional organisation created by Lantern's demo mode.",
                Email = $"contact@{slug[..Math.Min(12, slug.Length)]}.example",
                Phone = $"+00 {random.Next(100, 999)} {random.Next(1000, 9999)}",
                Website = $"https://{slug[..Math.Min(12, slug.Length)]}.example",
                Languages = random.Next(3) == 0 ? "en, fr" : "en",
                PublicListing = random.Next(4) != 0,
            }), cancellationToken);

            for (var i = random.Next(1, 5); i > 0; i--)
            {
                await commands.RunAsync(new AddService(organisation.Value!.Id, new ServiceInput
                {
                    SubService = catalogue[random.Next(catalogue.Count)],
                    AreaIds = [places[random.Next(places.Count)]],
                    Populations = [.. populations.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Population.WomenAndGirls)],
                    MonthlyCapacity = random.Next(5, 120),
                    Languages = "en",
                    AcceptsReferrals = random.Next(3) != 0,
                    ReferralMethod = "Call the intake line; a caseworker answers within one working day.",
                }), cancellationToken);
            }
        }
    }

    private static async Task<int> CreateAreaAsync(CommandRunner commands, string name, int? parentId, CancellationToken cancellationToken)
    {
        var result = await commands.RunAsync(new CreateArea(new AreaInput { Name = name, ParentId = parentId }), cancellationToken);
        return result.Value?.Id ?? throw new InvalidOperationException($"Demo area {name}: {string.Join("; ", result.Errors.Messages)}");
    }
}
