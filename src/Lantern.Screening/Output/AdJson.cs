using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lantern.Screening.Ads;
using Lantern.Screening.Contacts;
using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;
using Lantern.Screening.Text;

namespace Lantern.Screening.Output;

/// <summary>The JSON of one ads.jsonl line, written in two steps: the ad's own findings when it is screened (<see cref="AdPacker"/>), the rest after linking.</summary>
internal static class AdJson
{
    /// <summary>Data files, not HTML: non-ASCII text stays readable and compact instead of \u-escaped.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] EntityCodes = [.. Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant())];

    /// <summary>
    /// Writes the full line: id, kind, risk, cluster, every indicator, entities, extra fields. The
    /// writer is reset onto <paramref name="output"/> for each part, so one writer serves a whole worker.
    /// </summary>
    public static void WriteLine(in Screened ad, IEnumerable<(Indicator Indicator, List<Evidence> Evidence)> linkIndicators, ArrayBufferWriter<byte> output, Utf8JsonWriter writer)
    {
        writer.Reset(output);
        writer.WriteStartObject();
        writer.WriteString("id", ad.Id);
        writer.WriteString("kind", ad.Kind.Code());
        writer.WriteNumber("risk", ad.Risk);
        writer.WriteNumber("cluster", ad.Cluster);
        writer.Flush();
        output.Write(",\"indicators\":["u8);
        var ownIndicators = ad.IndicatorJson;
        output.Write(ownIndicators);
        var first = ownIndicators.IsEmpty;
        foreach (var (indicator, evidence) in linkIndicators)
        {
            if (!first)
            {
                output.Write(","u8);
            }

            writer.Reset(output);
            WriteIndicator(writer, indicator, evidence);
            writer.Flush();
            first = false;
        }

        output.Write("],"u8);
        output.Write(ad.RestJson);
        output.Write("}\n"u8);
    }

    public static void WriteIndicator(Utf8JsonWriter writer, Indicator indicator, IReadOnlyList<Evidence> evidence)
    {
        writer.WriteStartObject();
        writer.WriteString("code", indicator.Code);
        writer.WriteString("label", indicator.Label);
        writer.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            WriteEvidence(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("type", EntityCodes[(int)entity.Type]);
        writer.WriteString("value", entity.Value);
        writer.WritePropertyName("evidence");
        WriteEvidence(writer, entity.Evidence);
        writer.WriteEndObject();
    }

    public static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        if (evidence.Field is { } field)
        {
            writer.WriteString("field", field);
        }

        writer.WriteNumber("start", evidence.Start);
        writer.WriteNumber("end", evidence.End);
        writer.WriteString("text", evidence.Text);
        writer.WriteEndObject();
    }
}
