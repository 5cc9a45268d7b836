using System.Text.Json;

namespace Lantern.Screening.Output;

/// <summary>summary.json: counts per kind and indicator, networks, and the time of each stage.</summary>
internal static class SummaryJson
{
    public static void Write(Stream stream, ScreeningSummary summary)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = AdJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteNumber("ads", summary.Ads);
        writer.WriteNumber("rejected", summary.Rejected);
        WriteCounts(writer, "kinds", summary.Kinds);
        WriteCounts(writer, "indicators", summary.Indicators);
        writer.WriteNumber("clusters", summary.Clusters);
        writer.WriteNumber("networks", summary.Networks);
        writer.WriteNumber("ads_in_networks", summary.AdsInNetworks);
        writer.WriteNumber("largest_network", summary.LargestNetwork);
        writer.WriteStartObject("seconds");
        foreach (var (stage, seconds) in summary.Seconds)
        {
            writer.WriteNumber(stage, seconds);
        }

        writer.WriteEndObject();
        writer.WriteNumber("ads_per_second", Math.Round(summary.AdsPerSecond));
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, long> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            writer.WriteNumber(key, count);
        }

        writer.WriteEndObject();
    }
}
