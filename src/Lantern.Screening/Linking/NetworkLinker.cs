using System.Numerics;
using System.Runtime.CompilerServices;
using Lantern.Screening.Contacts;

namespace Lantern.Screening.Linking;

/// <summary>
/// Joins ads into networks when they share a normalized contact, a picture (hashes within
/// <see cref="LinkingOptions.ImageDistance"/> bits) or a text template (MinHash with banded
/// locality-sensitive hashing over shingles, after removing market boilerplate). Every join is
/// kept as a <see cref="Link"/> so the network can be explained. Work grows with the number of
/// ads, not with its square: candidates come from sorted keys and hash buckets only.
/// </summary>
public static class NetworkLinker
{
    public static Networks Link(IReadOnlyList<LinkKeys> ads, LinkingOptions? options = null) =>
        CompleteByText(ads, LinkByContactsAndPictures(ads, options), options);

    /// <summary>
    /// The first of the two passes: ads joined by what they share. Its links are final, so work
    /// on them (such as reporting what each link shows) can start while the text pass runs.
    /// </summary>
    public static SharedLinks LinkByContactsAndPictures(IReadOnlyList<LinkKeys> ads, LinkingOptions? options = null)
    {
        options ??= LinkingOptions.Default;
        var networks = new UnionFind(ads.Count);
        var links = new List<Link>();
        LinkContacts(ads, networks, links);
        LinkImages(ads, options.ImageDistance, networks, links);
        return new SharedLinks(networks, links);
    }

    /// <summary>The second pass: joins ads that follow one text template, and numbers the networks.</summary>
    public static Networks CompleteByText(IReadOnlyList<LinkKeys> ads, SharedLinks shared, LinkingOptions? options = null)
    {
        var links = new List<Link>(shared.Links);
        LinkTexts(ads, options ?? LinkingOptions.Default, shared.Networks, links);
        return Number(ads.Count, shared.Networks, links);
    }

    // Runs once over every ad: compiled fully optimised from the start, not first in quick code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LinkContacts(IReadOnlyList<LinkKeys> ads, UnionFind networks, List<Link> links)
    {
        var total = 0;
        foreach (var ad in ads)
        {
            total += ad.Contacts.Length;
        }

        var keys = new ulong[total];
        var owners = new int[total];
        var at = 0;
        for (var ad = 0; ad < ads.Count; ad++)
        {
            foreach (var key in ads[ad].Contacts.Span)
            {
                keys[at] = key;
                owners[at++] = ad;
            }
        }

        // Sorting primitive keys with their owners is far cheaper than a dictionary of lists.
        RadixSort.Sort(keys, owners);
        for (var start = 0; start < total;)
        {
            var end = start + 1;
            while (end < total && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1 && Carriers(owners.AsSpan(start, end - start)) is { Length: > 1 } carriers)
            {
                foreach (var ad in carriers)
                {
                    networks.Union(carriers[0], ad);
                }

                links.Add(new Link(LinkTypeOf(ContactKey.TypeOf(keys[start])), keys[start], carriers));
            }

            start = end;
        }
    }

    /// <summary>
    /// The distinct ads among owners (an ad may give the same contact twice). Owners are already
    /// ascending: they were filled in ad order and the sort is stable.
    /// </summary>
    private static int[] Carriers(Span<int> owners)
    {
        var distinct = 1;
        for (var i = 1; i < owners.Length; i++)
        {
            if (owners[i] != owners[distinct - 1])
            {
                owners[distinct++] = owners[i];
            }
        }

        return owners[..distinct].ToArray();
    }

    public static LinkType LinkTypeOf(EntityType type) => type switch
    {
        EntityType.Phone => LinkType.Phone,
        EntityType.Email => LinkType.Email,
        EntityType.Url => LinkType.Url,
        EntityType.Handle => LinkType.Handle,
        _ => LinkType.Wallet,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LinkImages(IReadOnlyList<LinkKeys> ads, int maxDistance, UnionFind networks, List<Link> links)
    {
        var total = 0;
        foreach (var ad in ads)
        {
            total += ad.Images.Length;
        }

        var hashes = new ulong[total];
        var owners = new int[total];
        var at = 0;
        for (var ad = 0; ad < ads.Count; ad++)
        {
            foreach (var hash in ads[ad].Images.Span)
            {
                hashes[at] = hash;
                owners[at++] = ad;
            }
        }

        // Identical hashes first, so each distinct picture is compared once however often it is reused.
        RadixSort.Sort(hashes, owners);
        var distinct = new List<ulong>();
        var firstOwner = new List<int>();
        for (var i = 0; i < total; i++)
        {
            if (i == 0 || hashes[i] != hashes[i - 1])
            {
                distinct.Add(hashes[i]);
                firstOwner.Add(i);
            }
        }

        firstOwner.Add(total);
        var pictures = new UnionFind(distinct.Count);
        foreach (var (a, b) in SimilarPairs([.. distinct], maxDistance).SelectMany(band => band))
        {
            pictures.Union(a, b);
        }

        // A group is a set of near-identical pictures; a lone picture forms one when several ads carry it.
        var groups = new Dictionary<int, (SortedSet<int> Carriers, List<int> Members)>();
        for (var p = 0; p < distinct.Count; p++)
        {
            var reused = firstOwner[p + 1] - firstOwner[p] > 1;
            if (!reused && pictures.SizeOf(p) < 2)
            {
                continue;
            }

            var root = pictures.Find(p);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = ([], []);
            }

            group.Members.Add(p);
            for (var i = firstOwner[p]; i < firstOwner[p + 1]; i++)
            {
                group.Carriers.Add(owners[i]);
            }
        }

        foreach (var (carrierSet, members) in groups.Values)
        {
            if (carrierSet.Count < 2)
            {
                continue;
            }

            int[] carriers = [.. carrierSet];
            foreach (var ad in carriers)
            {
                networks.Union(carriers[0], ad);
            }

            var shown = members.MaxBy(p => firstOwner[p + 1] - firstOwner[p]);
            links.Add(new Link(LinkType.Image, distinct[shown], carriers, Pictures: [.. members.Select(p => distinct[p])]));
        }
    }

    /// <summary>
    /// Pairs of hashes within the distance, one list per band, the bands searched in parallel. By
    /// the pigeonhole principle, two hashes that differ in at most d bits agree exactly on at least
    /// one of d + 1 bands, so only hashes sharing a band are compared.
    /// </summary>
    private static List<(int, int)>[] SimilarPairs(ulong[] hashes, int maxDistance)
    {
        var bands = maxDistance + 1;
        var pairs = new List<(int, int)>[bands];
        Parallel.For(0, bands, band => pairs[band] = SimilarPicturesInBand(hashes, band, bands, maxDistance));
        return pairs;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int, int)> SimilarPicturesInBand(ulong[] hashes, int band, int bands, int maxDistance)
    {
        var width = 64 / bands;
        var shift = band * width;
        var bits = band == bands - 1 ? 64 - shift : width;
        var mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        var order = new int[hashes.Length];
        var keys = new ulong[hashes.Length];
        for (var i = 0; i < hashes.Length; i++)
        {
            order[i] = i;
            keys[i] = (hashes[i] >> shift) & mask;
        }

        RadixSort.Sort(keys, order);
        var similar = new List<(int, int)>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            for (var i = start; i < end; i++)
            {
                for (var j = i + 1; j < end; j++)
                {
                    if (BitOperations.PopCount(hashes[order[i]] ^ hashes[order[j]]) <= maxDistance)
                    {
                        similar.Add((order[i], order[j]));
                    }
                }
            }

            start = end;
        }

        return similar;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LinkTexts(IReadOnlyList<LinkKeys> ads, LinkingOptions options, UnionFind networks, List<Link> links)
    {
        var signatures = TextSketches.Sign(ads, options);
        var pairs = new List<(int A, int B, double Similarity)>[MinHash.Bands];
        Parallel.For(0, MinHash.Bands, band => pairs[band] = SimilarInBand(signatures, band, options.TextSimilarity));

        var templates = new UnionFind(ads.Count);
        var lowest = new Dictionary<int, double>();
        foreach (var (a, b, similarity) in pairs.SelectMany(p => p))
        {
            var low = Math.Min(similarity, Math.Min(Lowest(lowest, templates.Find(a)), Lowest(lowest, templates.Find(b))));
            templates.Union(a, b);
            networks.Union(a, b);
            lowest[templates.Find(a)] = low;
        }

        foreach (var group in templates.Groups())
        {
            links.Add(new Link(LinkType.Text, 0, group, lowest[templates.Find(group[0])]));
        }
    }


    /// <summary>
    /// Ads whose signatures agree on one band land next to each other once sorted by that band's
    /// key, in input order (the sort is stable); each is checked against its neighbour, which
    /// chains a bucket of near-duplicates together.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int, int, double)> SimilarInBand(TextSketches signatures, int band, double threshold)
    {
        var signed = signatures.Signed;
        var keys = new ulong[signed.Length];
        var order = new int[signed.Length];
        for (var i = 0; i < signed.Length; i++)
        {
            keys[i] = MinHash.BandKey(signatures.Of(signed[i]), band);
            order[i] = signed[i];
        }

        RadixSort.Sort(keys, order);
        var similar = new List<(int, int, double)>();
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] == keys[i - 1])
            {
                var similarity = MinHash.Similarity(signatures.Of(order[i - 1]), signatures.Of(order[i]));
                if (similarity >= threshold)
                {
                    similar.Add((order[i - 1], order[i], similarity));
                }
            }
        }

        return similar;
    }

    private static double Lowest(Dictionary<int, double> lowest, int root) => lowest.TryGetValue(root, out var value) ? value : 1.0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Networks Number(int count, UnionFind networks, List<Link> links)
    {
        var clusterOf = new int[count];
        var numberOfRoot = new int[count];
        var clusters = 0;
        for (var ad = 0; ad < count; ad++)
        {
            var root = networks.Find(ad);
            if (numberOfRoot[root] == 0)
            {
                numberOfRoot[root] = ++clusters;
            }

            clusterOf[ad] = numberOfRoot[root];
        }

        return new Networks(clusterOf, clusters, links);
    }
}
