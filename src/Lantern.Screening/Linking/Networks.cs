namespace Lantern.Screening.Linking;

/// <summary>The result of linking: a network (cluster) for every ad and the links that made them.</summary>
/// <param name="ClusterOf">Per ad, its cluster number; clusters are numbered from 1 in the order their first ad appears.</param>
public sealed record Networks(int[] ClusterOf, int ClusterCount, IReadOnlyList<Link> Links);
