namespace Lantern.Screening.Linking;

/// <summary>The result of linking: a network (cluster) for every ad and the links that made them.</summary>
/// <param name="ClusterOf">Per ad, its cluster number; clusters are numbered from 1 in the order their first ad appears.</param>
public sealed record Networks(int[] ClusterOf, int ClusterCount, IReadOnlyList<Link> Links);

/// <summary>The ads joined by a shared contact or picture, before text linking completes the networks (which it does by joining more ads in <see cref="Networks"/>).</summary>
public sealed class SharedLinks
{
    internal SharedLinks(UnionFind networks, IReadOnlyList<Link> links) => (Networks, Links) = (networks, links);

    /// <summary>The contact and picture links, final once made.</summary>
    public IReadOnlyList<Link> Links { get; }

    internal UnionFind Networks { get; }
}
