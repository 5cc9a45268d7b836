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

    // Names and fixed values escaped once, not on every one of millions of writes.
    private static readonly JsonEncodedText[] EntityCodes = [.. Enum.GetNames<EntityType>().Select(n => Encoded(n.ToLowerInvariant()))];
    private static readonly JsonEncodedText[] KindCodes = [.. Enum.GetValues<AdKind>().Select(k => Encoded(k.Code()))];
    private static readonly JsonEncodedText[] IndicatorCodes = [.. IndicatorCatalog.All.Select(i => Encoded(i.Code))];
    private static readonly JsonEncodedText[] IndicatorLabels = [.. IndicatorCatalog.All.Select(i => Encoded(i.Label))];
    private static readonly JsonEncodedText IdName = Encoded("id"), KindName = Encoded("kind"), RiskName = Encoded("risk"), ClusterName = Encoded("cluster");
    private static readonly JsonEncodedText CodeName = Encoded("code"), LabelName = Encoded("label"), EvidenceName = Encoded("evidence");
    private static readonly JsonEncodedText TypeName = Encoded("type"), ValueName = Encoded("value"), FieldName = Encoded("field");
    private static readonly JsonEncodedText StartName = Encoded("start"), EndName = Encoded("end"), TextName = Encoded("text");

    public static JsonEncodedText Encoded(string value) => JsonEncodedText.Encode(value, Options.Encoder);

    /// <summary>
    /// Writes the full line: id, kind, risk, cluster, every indicator, entities, extra fields. The
    /// writer is reset onto <paramref name="output"/> for each part, so one writer serves a whole worker.
    /// </summary>
    public static void WriteLine(in Screened ad, IReadOnlyList<(Indicator Indicator, List<Evidence> Evidence)> linkIndicators, ArrayBufferWriter<byte> output, Utf8JsonWriter writer)
    {
        writer.Reset(output);
        writer.WriteStartObject();
        writer.WriteString(IdName, ad.Id);
        writer.WriteString(KindName, KindCodes[(int)ad.Kind]);
        writer.WriteNumber(RiskName, ad.Risk);
        writer.WriteNumber(ClusterName, ad.Cluster);
        writer.Flush();
        output.Write(",\"indicators\":["u8);
        var ownIndicators = ad.IndicatorJson;
        output.Write(ownIndicators);
        var first = ownIndicators.IsEmpty;
        for (var i = 0; i < linkIndicators.Count; i++)
        {
            var (indicator, evidence) = linkIndicators[i];
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
        writer.WriteString(CodeName, IndicatorCodes[indicator.Index]);
        writer.WriteString(LabelName, IndicatorLabels[indicator.Index]);
        writer.WriteStartArray(EvidenceName);
        for (var i = 0; i < evidence.Count; i++)
        {
            WriteEvidence(writer, evidence[i]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, EntityCodes[(int)entity.Type]);
        writer.WriteString(ValueName, entity.Value);
        writer.WritePropertyName(EvidenceName);
        WriteEvidence(writer, entity.Evidence);
        writer.WriteEndObject();
    }

    public static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        if (evidence.Field is { } field)
        {
            writer.WriteString(FieldName, field);
        }

        writer.WriteNumber(StartName, evidence.Start);
        writer.WriteNumber(EndName, evidence.End);
        writer.WriteString(TextName, evidence.Text);
        writer.WriteEndObject();
    }
}
