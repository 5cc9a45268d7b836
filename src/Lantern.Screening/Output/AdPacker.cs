using System.Buffers;
using System.Text;
using System.Text.Json;
using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;

namespace Lantern.Screening.Output;

/// <summary>
/// Turns one screened ad into its <see cref="Screened"/> form: the JSON of what it shows on its
/// own, its packed details and its link keys, copied into this worker's arenas. One per worker;
/// not thread-safe.
/// </summary>
internal sealed class AdPacker : IDisposable
{
    private readonly ArrayBufferWriter<byte> json = new(4096);
    private readonly ArrayBufferWriter<byte> details = new(1024);
    private readonly Utf8JsonWriter writer = new(Stream.Null, AdJson.Options);
    private readonly Arena<byte> bytes = new(1 << 20);
    private readonly Arena<ulong> keys = new(1 << 17);
    private readonly Arena<uint> shingles = new(1 << 18);

    public Screened Pack(AdAnalysis analysis)
    {
        var ad = analysis.Ad;
        var indicators = WriteJson(analysis, out var set);
        details.ResetWrittenCount();
        PackedDetails.Write(analysis.Entities, analysis.Facts, details);

        var idBytes = Encoding.UTF8.GetByteCount(ad.Id);
        var restJson = json.WrittenSpan[indicators..];
        var packed = bytes.Allocate(idBytes + indicators + restJson.Length + details.WrittenCount, out var space);
        Encoding.UTF8.GetBytes(ad.Id, space);
        json.WrittenSpan.CopyTo(space[idBytes..]);
        details.WrittenSpan.CopyTo(space[(idBytes + json.WrittenCount)..]);

        var contacts = analysis.Entities.Count;
        var images = ad.ImageHashes.Length;
        var allKeys = keys.Allocate(contacts + images + analysis.Facts.Count, out var keySpace);
        for (var i = 0; i < contacts; i++)
        {
            keySpace[i] = ContactKey.Of(analysis.Entities[i].Type, analysis.Entities[i].Value);
        }

        ad.ImageHashes.CopyTo(keySpace[contacts..]);
        for (var i = 0; i < analysis.Facts.Count; i++)
        {
            keySpace[contacts + images + i] = ContactKey.Tagged((int)analysis.Facts[i].Kind, analysis.Facts[i].Value);
        }

        return new Screened
        {
            Bytes = packed,
            IdEnd = idBytes,
            IndicatorsEnd = idBytes + indicators,
            JsonEnd = idBytes + json.WrittenCount,
            Keys = allKeys,
            ContactCount = contacts,
            ImageCount = images,
            Shingles = shingles.Copy(analysis.Shingles),
            Kind = analysis.Kind,
            Indicators = set,
            Platform = ad.Platform,
            PostedAt = ad.PostedAt,
        };
    }

    /// <summary>
    /// Writes the indicator objects (comma-separated, without brackets, so that link indicators can
    /// be appended after linking), then the entity and extra members; returns where the indicators end.
    /// </summary>
    private int WriteJson(AdAnalysis analysis, out IndicatorSet set)
    {
        json.ResetWrittenCount();
        set = default;
        for (var i = 0; i < analysis.Indicators.Count; i++)
        {
            if (i > 0)
            {
                json.Write(","u8);
            }

            var hit = analysis.Indicators[i];
            writer.Reset(json);
            AdJson.WriteIndicator(writer, hit.Indicator, hit.Evidence);
            writer.Flush();
            set = set.With(hit.Indicator);
        }

        var indicators = json.WrittenCount;
        json.Write("\"entities\":["u8);
        for (var i = 0; i < analysis.Entities.Count; i++)
        {
            if (i > 0)
            {
                json.Write(","u8);
            }

            writer.Reset(json);
            AdJson.WriteEntity(writer, analysis.Entities[i]);
            writer.Flush();
        }

        json.Write("]"u8);
        if (!analysis.Ad.Extra.IsEmpty)
        {
            json.Write(",\"extra\":"u8);
            json.Write(analysis.Ad.Extra.Span);
        }

        return indicators;
    }

    public void Dispose() => writer.Dispose();
}
