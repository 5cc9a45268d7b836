using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Benchmarks;

/// <summary>The areas the benchmarks ask about.</summary>
internal sealed record SeededAreas(int CountryId, int RegionId, string RegionName);

/// <summary>
/// A deterministic coalition (fixed seed): one country of 10 regions × 10 localities, 5,000
/// organisations and 20,000 services over the sub-service catalogue, areas and populations.
/// Written straight through the DbContext in batches; nothing goes through HTTP.
/// </summary>
internal static class CoverageData
{
    public const int RandomSeed = 20_251_122;
    public const int Regions = 10;
    public const int LocalitiesPerRegion = 10;
    public const int Organisations = 5_000;
    public const int Services = 20_000;
    private const int BatchSize = 2_000;

    private static readonly DateTime Stamp = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] LanguageChoices = ["en", "en,fr", "en,es", "fr", "en,ar", "es,pt"];
    private static readonly Population[] AllPopulations = Enum.GetValues<Population>();
    private static readonly OrganisationType[] AllTypes = Enum.GetValues<OrganisationType>();

    public static async Task<SeededAreas> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var random = new Random(RandomSeed);

        var country = (await AddAreasAsync(db, null, [("Benchland", AreaKind.Country)]))[0];
        var regions = await AddAreasAsync(db, country, [.. Enumerable.Range(1, Regions).Select(r => ($"Region {r:00}", AreaKind.Region))]);
        var localities = new List<Area>();
        foreach (var region in regions)
        {
            localities.AddRange(await AddAreasAsync(
                db, region, [.. Enumerable.Range(1, LocalitiesPerRegion).Select(l => ($"{region.Name} locality {l:00}", AreaKind.Locality))]));
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.ChangeTracker.Clear();

        var organisationIds = new List<int>(Organisations);
        for (var start = 0; start < Organisations; start += BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(BatchSize, Organisations - start)).Select(i => new Organisation
            {
                Name = $"Organisation {i + 1:00000}",
                NormalizedName = NameKey.Of($"Organisation {i + 1:00000}"),
                Type = AllTypes[random.Next(AllTypes.Length)],
                Description = $"Benchmark organisation number {i + 1}, working against trafficking.",
                Email = $"contact{i + 1}@example.org",
                Phone = $"+39 06 {random.Next(1_000_000, 9_999_999)}",
                Website = random.Next(2) == 0 ? null : $"https://org{i + 1}.example.org",
                Languages = LanguageChoices[random.Next(LanguageChoices.Length)],
                PublicListing = random.Next(3) != 0,
                CreatedAt = Stamp,
                UpdatedAt = Stamp,
            }).ToList();
            db.Organisations.AddRange(batch);
            await db.SaveChangesAsync();
            organisationIds.AddRange(batch.Select(o => o.Id));
            db.ChangeTracker.Clear();
        }

        var subServiceIds = await db.SubServices.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync();
        for (var start = 0; start < Services; start += BatchSize)
        {
            var batch = new List<Service>(BatchSize);
            for (var i = start; i < Math.Min(start + BatchSize, Services); i++)
            {
                batch.Add(new Service
                {
                    // Every organisation gets one service, the rest are spread at random: 4 on average.
                    OrganisationId = i < organisationIds.Count ? organisationIds[i] : organisationIds[random.Next(organisationIds.Count)],
                    SubServiceId = subServiceIds[random.Next(subServiceIds.Count)],
                    Description = random.Next(2) == 0 ? null : $"Service {i + 1}.",
                    MonthlyCapacity = random.Next(4) == 0 ? null : random.Next(1, 200),
                    Languages = LanguageChoices[random.Next(LanguageChoices.Length)],
                    AcceptsReferrals = random.Next(2) == 0,
                    ReferralMethod = random.Next(2) == 0 ? null : "Phone the intake line.",
                    Areas = [.. PickAreas(random, country, regions, localities).Select(id => new ServiceArea { AreaId = id })],
                    Populations = [.. PickPopulations(random).Select(p => new ServicePopulation { Population = p })],
                });
            }

            db.Services.AddRange(batch);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        if (db.Database.IsNpgsql())
        {
            // A live server's autovacuum would have analysed these tables long ago; do it now so the
            // planner sees the data rather than empty-table estimates.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        return new SeededAreas(country.Id, regions[0].Id, regions[0].Name);
    }

    /// <summary>1 or 2 areas: 10 % the whole country, 25 % a region, 65 % a locality.</summary>
    private static HashSet<int> PickAreas(Random random, Area country, List<Area> regions, List<Area> localities)
    {
        var count = random.Next(3) == 0 ? 2 : 1;
        var ids = new HashSet<int>();
        while (ids.Count < count)
        {
            var roll = random.Next(100);
            ids.Add(roll < 10 ? country.Id
                : roll < 35 ? regions[random.Next(regions.Count)].Id
                : localities[random.Next(localities.Count)].Id);
        }

        return ids;
    }

    /// <summary>1 to 3 distinct populations.</summary>
    private static HashSet<Population> PickPopulations(Random random)
    {
        var count = random.Next(1, 4);
        var picked = new HashSet<Population>();
        while (picked.Count < count)
        {
            picked.Add(AllPopulations[random.Next(AllPopulations.Length)]);
        }

        return picked;
    }

    /// <summary>Areas need their own id in their path, so each level is saved and then given its path.</summary>
    private static async Task<List<Area>> AddAreasAsync(LanternDbContext db, Area? parent, List<(string Name, AreaKind Kind)> children)
    {
        var areas = children.Select(c => new Area { Name = c.Name, NormalizedName = NameKey.Of(c.Name), Kind = c.Kind, ParentId = parent?.Id }).ToList();
        db.Areas.AddRange(areas);
        await db.SaveChangesAsync();
        foreach (var area in areas)
        {
            area.Path = (parent?.Path ?? "/") + area.Id + "/";
        }

        await db.SaveChangesAsync();
        return areas;
    }
}
