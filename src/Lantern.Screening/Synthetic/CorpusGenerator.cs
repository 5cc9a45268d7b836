using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lantern.Screening.Output;

namespace Lantern.Screening.Synthetic;

/// <summary>What the generator knows about one ad it wrote.</summary>
/// <param name="Network">The network the ad belongs to, or 0 for an independent poster.</param>
/// <param name="Phones">Every phone number written in the ad, in E.164.</param>
/// <param name="Indicators">Indicators whose wording was put into the ad on purpose.</param>
public sealed record TruthRecord(string Id, int Network, string[] Phones, string[] Indicators);

/// <summary>
/// A synthetic corpus with known answers, for tests and benchmarks: networks of service ads that
/// share phones, pictures and a text template while changing names, ages and cities; independent
/// posters of service, job, message and profile ads with their own contacts, many of them written
/// mostly in market boilerplate; and planted indicator wording. The same seed gives the same corpus.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>Share of ads that belong to a network.</summary>
    public const double NetworkShare = 0.3;

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Random random;
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private Network? current;
    private int remainingInNetwork;
    private int networks;
    private int next;

    public CorpusGenerator(int seed)
    {
        random = new Random(seed);
    }

    /// <summary>The next ad as one JSON line (with its line break) and what is true of it.</summary>
    public (ReadOnlyMemory<byte> Line, TruthRecord Truth) Next()
    {
        var id = $"ad-{++next:D8}";
        if (remainingInNetwork == 0 && random.NextDouble() < NetworkShare / SyntheticText.MeanNetworkSize)
        {
            current = Network.Create(++networks, random);
            remainingInNetwork = current.Size;
        }

        var ad = remainingInNetwork > 0 ? current!.NextAd(id, random) : Independent.NextAd(id, random);
        remainingInNetwork = Math.Max(0, remainingInNetwork - 1);
        return (Serialize(ad), ad.Truth);
    }

    private ReadOnlyMemory<byte> Serialize(GeneratedAd ad)
    {
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer, AdJson.Options);
        writer.WriteStartObject();
        writer.WriteString("id", ad.Truth.Id);
        if (ad.Kind is { } kind)
        {
            writer.WriteString("kind", kind);
        }

        writer.WriteString("platform", ad.Platform);
        writer.WriteString("posted_at", Epoch.AddMinutes(next * 3 + random.Next(60)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        writer.WriteString("country", ad.Region);
        if (ad.Location is { } location)
        {
            writer.WriteString("location", location);
        }

        writer.WriteString("text", ad.Text);
        if (ad.Images.Length > 0)
        {
            writer.WriteStartArray("image_hashes");
            foreach (var image in ad.Images)
            {
                writer.WriteStringValue(SyntheticPhones.Hex(image));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }
}

internal sealed record GeneratedAd(TruthRecord Truth, string? Kind, string Platform, string Region, string? Location, string Text, ulong[] Images);

/// <summary>One controller posting many ads: shared phones, pictures and template, changing personas.</summary>
internal sealed class Network
{
    private readonly int id;
    private readonly (string Region, string E164, string National)[] phones;
    private readonly ulong[] pictures;
    private readonly string template;
    private readonly string[] planted;

    private Network(int id, int size, (string, string, string)[] phones, ulong[] pictures, (string Text, string[] Planted) template)
    {
        this.id = id;
        Size = size;
        this.phones = phones;
        this.pictures = pictures;
        (this.template, planted) = template;
    }

    public int Size { get; }

    public static Network Create(int id, Random random)
    {
        var size = 2 + (int)Math.Min(28, -Math.Log(1 - random.NextDouble()) * (SyntheticText.MeanNetworkSize - 2));
        var first = SyntheticPhones.Next(random);
        (string, string, string)[] phones = random.Next(3) == 0 ? [first, SyntheticPhones.Next(random)] : [first];
        var pictures = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63)).ToArray();
        return new Network(id, size, phones, pictures, SyntheticText.Template(random));
    }

    public GeneratedAd NextAd(string adId, Random random)
    {
        var phone = phones[random.Next(phones.Length)];
        var written = SyntheticPhones.Written(phone.E164, phone.National, random);
        var city = SyntheticText.Pick(SyntheticText.Cities, random);
        var text = template
            .Replace("{name}", SyntheticText.Pick(SyntheticText.Names, random), StringComparison.Ordinal)
            .Replace("{age}", (19 + random.Next(12)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{city}", city, StringComparison.Ordinal)
            .Replace("{price}", (100 + (random.Next(10) * 20)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            + " " + written;
        var images = pictures.Where(_ => random.Next(2) == 0).Select(p => p ^ SyntheticText.FlipBits(random, random.Next(3))).ToArray();
        var truth = new TruthRecord(adId, id, [phone.E164], planted);
        return new GeneratedAd(truth, null, SyntheticText.Pick(SyntheticText.Platforms, random), phone.Region, city, text, images);
    }
}

/// <summary>Posters with their own contacts and words: the ads linking must leave alone.</summary>
internal static class Independent
{
    public static GeneratedAd NextAd(string adId, Random random)
    {
        var phone = SyntheticPhones.Next(random);
        var written = SyntheticPhones.Written(phone.E164, phone.National, random);
        var (kind, text, indicators) = random.Next(10) switch
        {
            < 4 => SyntheticText.ServiceAd(random),
            < 7 => SyntheticText.JobAd(random),
            < 8 => SyntheticText.Message(random),
            _ => SyntheticText.Boilerplate(random),
        };
        var images = random.Next(2) == 0 ? [(ulong)random.NextInt64()] : Array.Empty<ulong>();
        var truth = new TruthRecord(adId, 0, [phone.E164], indicators);
        return new GeneratedAd(truth, random.Next(3) == 0 ? kind : null, SyntheticText.Pick(SyntheticText.Platforms, random), phone.Region, null, $"{text} {written}", images);
    }
}
