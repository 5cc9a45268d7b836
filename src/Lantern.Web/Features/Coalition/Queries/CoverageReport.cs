using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Coalition.Queries;

public enum CellStatus
{
    /// <summary>No provider: a gap.</summary>
    Gap,
    /// <summary>One provider: covered, but by a single point of failure.</summary>
    OneProvider,
    Covered,
    /// <summary>At least the duplication threshold of providers offer the same thing to the same people.</summary>
    Duplicated,
}

public sealed record CoverageCell(int SubServiceId, Population Population, int Providers);

public sealed record Need(SubService SubService, Population Population, double Score, string Reason);

/// <summary>
/// The coverage of one area: how many providers offer each sub-service to each population, the
/// pie of the four slices, and the gaps ranked by need. Pure: built from counts, no database.
/// </summary>
public sealed class CoverageReport
{
    private readonly Dictionary<(int, Population), int> providers;

    private CoverageReport(
        IReadOnlyList<SubService> subServices, Dictionary<(int, Population), int> providers,
        IReadOnlyDictionary<Pillar, int> servicesByPillar, int duplicationThreshold)
    {
        SubServices = subServices;
        this.providers = providers;
        ServicesByPillar = servicesByPillar;
        DuplicationThreshold = duplicationThreshold;
        Needs = RankNeeds();
    }

    public static IReadOnlyList<Population> Populations { get; } = Enum.GetValues<Population>();

    public IReadOnlyList<SubService> SubServices { get; }

    public IReadOnlyDictionary<Pillar, int> ServicesByPillar { get; }

    public int DuplicationThreshold { get; }

    public IReadOnlyList<Need> Needs { get; }

    public int CellCount => SubServices.Count * Populations.Count;

    public int GapCount => Count(CellStatus.Gap);

    public int DuplicatedCount => Count(CellStatus.Duplicated);

    public static CoverageReport Build(
        IReadOnlyList<SubService> subServices, IEnumerable<CoverageCell> cells,
        IReadOnlyDictionary<Pillar, int> servicesByPillar, int duplicationThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duplicationThreshold, 2);
        var byCell = cells.ToDictionary(c => (c.SubServiceId, c.Population), c => c.Providers);
        return new CoverageReport(subServices, byCell, servicesByPillar, duplicationThreshold);
    }

    public int Providers(int subServiceId, Population population) => providers.GetValueOrDefault((subServiceId, population));

    public CellStatus Status(int subServiceId, Population population) => Providers(subServiceId, population) switch
    {
        0 => CellStatus.Gap,
        1 => CellStatus.OneProvider,
        var n when n >= DuplicationThreshold => CellStatus.Duplicated,
        _ => CellStatus.Covered,
    };

    private int Count(CellStatus status) =>
        SubServices.Sum(s => Populations.Count(p => Status(s.Id, p) == status));

    /// <summary>
    /// A gap ranks higher when the population around it is poorly served overall and when its
    /// slice of the pie is thin: those are the places where one new service changes the most.
    /// </summary>
    private List<Need> RankNeeds() =>
        [.. from s in SubServices
            from p in Populations
            where Providers(s.Id, p) == 0
            let score = (1 - PopulationShare(p)) + (1 - PillarShare(s.Pillar))
            orderby score descending, s.SortOrder, p
            select new Need(s, p, Math.Round(score, 3),
                $"No provider. {Labels.Of(p)} are served in {Formats.Percent(PopulationShare(p))} of sub-services here; " +
                $"{s.Pillar.ToString().ToLowerInvariant()} covers {Formats.Percent(PillarShare(s.Pillar))} of its cells.")];

    /// <summary>The share of sub-services that reach <paramref name="population"/> here (0 to 1).</summary>
    public double PopulationShare(Population population) =>
        SubServices.Count == 0 ? 0 : SubServices.Count(s => Providers(s.Id, population) > 0) / (double)SubServices.Count;

    /// <summary>The share of the pillar's sub-service × population cells that have a provider (0 to 1).</summary>
    public double PillarShare(Pillar pillar)
    {
        var subServices = SubServices.Where(s => s.Pillar == pillar).ToList();
        return subServices.Count == 0 ? 0 : subServices.Sum(s => Populations.Count(p => Providers(s.Id, p) > 0)) / (double)(subServices.Count * Populations.Count);
    }
}
