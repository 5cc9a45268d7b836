using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Lantern.Screening.Linking;

namespace Lantern.Screening.Output;

/// <summary>One clusters.jsonl line: the network's ads, what links them, what contradicts itself, when and where it was seen, its risk.</summary>
internal sealed class ClusterJson
{
    private readonly Screened[] ads;
    private readonly int[] start;
    private readonly int[] members;
    private readonly List<Link>?[] linksOf;
    private readonly List<Inconsistency>?[] inconsistenciesOf;

    public ClusterJson(Screened[] ads, Networks networks, IEnumerable<Inconsistency> inconsistencies)
    {
        this.ads = ads;

        // Counting sort of ads by cluster: members[start[c]..start[c+1]] are cluster c's ads in input order.
        start = new int[networks.ClusterCount + 2];
        foreach (var cluster in networks.ClusterOf)
        {
            start[cluster + 1]++;
        }

        for (var c = 1; c < start.Length; c++)
        {
            start[c] += start[c - 1];
        }

        members = new int[ads.Length];
        var next = (int[])start.Clone();
        for (var ad = 0; ad < ads.Length; ad++)
        {
            members[next[networks.ClusterOf[ad]]++] = ad;
        }

        linksOf = new List<Link>?[networks.ClusterCount + 1];
        inconsistenciesOf = new List<Inconsistency>?[networks.ClusterCount + 1];
        foreach (var link in networks.Links)
        {
            Add(linksOf, networks.ClusterOf[link.Ads[0]], link);
        }

        foreach (var inconsistency in inconsistencies)
        {
            Add(inconsistenciesOf, networks.ClusterOf[inconsistency.Ads[0]], inconsistency);
        }
    }

    public ReadOnlySpan<int> Members(int cluster) => members.AsSpan(start[cluster], start[cluster + 1] - start[cluster]);

    public void Write(int cluster, ArrayBufferWriter<byte> output, Utf8JsonWriter writer)
    {
        writer.Reset(output);
        var ids = Members(cluster);
        writer.WriteStartObject();
        writer.WriteNumber("cluster"u8, cluster);
        writer.WriteNumber("size"u8, ids.Length);
        writer.WriteStartArray("ad_ids"u8);
        foreach (var ad in ids)
        {
            writer.WriteStringValue(ads[ad].Id);
        }

        writer.WriteEndArray();
        WriteLinks(writer, linksOf[cluster]);
        WriteInconsistencies(writer, inconsistenciesOf[cluster]);
        WriteSeen(writer, ids);
        writer.WriteStartArray("platforms"u8);
        foreach (var platform in Platforms(ids))
        {
            writer.WriteStringValue(platform);
        }

        writer.WriteEndArray();
        var risk = 0.0;
        foreach (var ad in ids)
        {
            risk = Math.Max(risk, ads[ad].Risk);
        }

        writer.WriteNumber("risk"u8, risk);
        writer.WriteEndObject();
        writer.Flush();
        output.Write("\n"u8);
    }

    private void WriteLinks(Utf8JsonWriter writer, List<Link>? links)
    {
        writer.WriteStartArray("links"u8);
        foreach (var link in CollectionsMarshal.AsSpan(links))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, link.TypeCode);
            WriteValue(writer, link);
            if (link.Similarity is { } similarity)
            {
                writer.WriteNumber("similarity"u8, Math.Round(similarity, 3));
            }

            if (link.Pictures is { Length: > 1 } pictures)
            {
                writer.WriteStartArray("pictures"u8);
                foreach (var picture in pictures)
                {
                    writer.WriteStringValue(picture.ToString("x16", CultureInfo.InvariantCulture));
                }

                writer.WriteEndArray();
            }

            WriteIds(writer, link.Ads);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void WriteInconsistencies(Utf8JsonWriter writer, List<Inconsistency>? inconsistencies)
    {
        writer.WriteStartArray("inconsistencies"u8);
        foreach (var item in CollectionsMarshal.AsSpan(inconsistencies))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, item.Link.TypeCode);
            WriteValue(writer, item.Link);
            writer.WriteString("field"u8, item.Field.ToString().ToLowerInvariant());
            writer.WriteStartArray("values"u8);
            foreach (var value in item.Values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
            WriteIds(writer, item.Ads);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The shared contact as written in the ads, the picture hash, or for text the id of the template's first ad.</summary>
    private void WriteValue(Utf8JsonWriter writer, Link link)
    {
        switch (link.Type)
        {
            case LinkType.Text:
                writer.WriteString("value"u8, ads[link.Ads[0]].Id);
                break;
            case LinkType.Image:
                writer.WriteString("value"u8, link.Key.ToString("x16", CultureInfo.InvariantCulture));
                break;
            default:
                var first = ads[link.Ads[0]];
                writer.WriteString("value"u8, PackedDetails.EntityValue(first.Details, first.ContactKeys.IndexOf(link.Key)));
                break;
        }
    }

    private void WriteIds(Utf8JsonWriter writer, int[] adIndices)
    {
        writer.WriteStartArray("ad_ids"u8);
        foreach (var ad in adIndices)
        {
            writer.WriteStringValue(ads[ad].Id);
        }

        writer.WriteEndArray();
    }

    private void WriteSeen(Utf8JsonWriter writer, ReadOnlySpan<int> ids)
    {
        DateTimeOffset? first = null, last = null;
        foreach (var ad in ids)
        {
            if (ads[ad].PostedAt is { } posted)
            {
                first = first is null || posted < first ? posted : first;
                last = last is null || posted > last ? posted : last;
            }
        }

        WriteTime(writer, "first_seen"u8, first);
        WriteTime(writer, "last_seen"u8, last);
    }

    private static void WriteTime(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            writer.WriteString(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private string[] Platforms(ReadOnlySpan<int> ids)
    {
        if (ids.Length == 1)
        {
            return ads[ids[0]].Platform is { Length: > 0 } only ? [only] : [];
        }

        var platforms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ad in ids)
        {
            if (ads[ad].Platform is { Length: > 0 } platform)
            {
                platforms.Add(platform);
            }
        }

        return [.. platforms];
    }

    private static void Add<T>(List<T>?[] byCluster, int cluster, T item) => (byCluster[cluster] ??= []).Add(item);
}
