using System.Runtime.CompilerServices;

namespace Lantern.Screening.Linking;

/// <summary>Disjoint sets over 0..n-1 with path halving and union by size.</summary>
public sealed class UnionFind
{
    private readonly int[] parent;
    private readonly int[] size;

    public UnionFind(int count)
    {
        parent = new int[count];
        size = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }
    }

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    public int SizeOf(int x) => size[Find(x)];

    /// <summary>Joins the sets of a and b; false when they were already one.</summary>
    public bool Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b)
        {
            return false;
        }

        if (size[a] < size[b])
        {
            (a, b) = (b, a);
        }

        parent[b] = a;
        size[a] += size[b];
        return true;
    }

    /// <summary>
    /// The sets of at least two members, each in ascending order, ordered by their smallest member.
    /// Singletons are skipped without allocating, which matters when almost every ad stands alone.
    /// </summary>
    // Runs once over every ad: compiled fully optimised from the start, not first in quick code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<int[]> Groups()
    {
        var slot = new Dictionary<int, int>();
        var groups = new List<List<int>>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(i);
            if (size[root] < 2)
            {
                continue;
            }

            if (!slot.TryGetValue(root, out var index))
            {
                slot[root] = index = groups.Count;
                groups.Add(new List<int>(size[root]));
            }

            groups[index].Add(i);
        }

        return groups.ConvertAll(g => g.ToArray());
    }
}
