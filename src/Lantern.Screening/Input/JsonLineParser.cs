using System.Buffers;
using System.Text.Json;
using Lantern.Screening.Ads;

namespace Lantern.Screening.Input;

/// <summary>
/// Reads one JSON Lines record. Known fields must have the right JSON type; every other field is
/// copied byte for byte into <see cref="Ad.Extra"/> so callers get their own data back.
/// </summary>
internal sealed class JsonLineParser(string idField, IReadOnlyList<string> textFields)
{
    private readonly AdBuilder builder = new(textFields);
    private readonly ArrayBufferWriter<byte> extra = new();
    private readonly List<string> hashes = [];

    /// <summary>Returns the ad, or null with <paramref name="problem"/> and the byte column where reading stopped.</summary>
    public Ad? Parse(ReadOnlySpan<byte> line, out string? problem, out int? column)
    {
        builder.Reset();
        extra.ResetWrittenCount();
        column = null;
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = "a line must hold one JSON object";
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals(idField) ? "id" : KnownName(ref reader) ?? reader.GetString()!;
                var nameStart = (int)reader.TokenStartIndex;
                reader.Read();
                if (builder.TextPartOf(name) is var part and >= 0 && reader.TokenType == JsonTokenType.String)
                {
                    builder.SetTextPart(part, reader.GetString());
                }

                if (AdBuilder.IsKnown(name))
                {
                    ReadKnown(ref reader, name);
                }
                else
                {
                    CopyExtra(ref reader, line, nameStart);
                }
            }

            // Reading past the object makes the reader refuse anything that follows it on the line.
            reader.Read();
        }
        catch (JsonException ex)
        {
            problem = $"malformed JSON: {FirstSentence(ex.Message)}";
            column = (int)(ex.BytePositionInLine ?? 0) + 1;
            return null;
        }

        var ad = builder.Build(extra.WrittenCount == 0 ? ReadOnlyMemory<byte>.Empty : ClosedExtra());
        problem = builder.Problem;
        return ad;
    }

    /// <summary>The known field this property names, without allocating a string for it; null for any other name.</summary>
    private static string? KnownName(ref Utf8JsonReader reader)
    {
        foreach (var field in AdBuilder.KnownFields)
        {
            if (reader.ValueTextEquals(field))
            {
                return field;
            }
        }

        return null;
    }

    private void ReadKnown(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                builder.Set(name, reader.GetString());
                break;
            case JsonTokenType.Number when name == "id":
                builder.Set(name, System.Text.Encoding.UTF8.GetString(reader.ValueSpan));
                break;
            case JsonTokenType.Null:
                break;
            case JsonTokenType.StartArray when name == "image_hashes":
                hashes.Clear();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    hashes.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : "(not a string)");
                    reader.Skip();
                }

                builder.SetImages(hashes);
                break;
            default:
                builder.Fail(name == "image_hashes" ? "image_hashes must be an array of strings" : $"{name} must be a string");
                reader.Skip();
                break;
        }
    }

    private void CopyExtra(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, int nameStart)
    {
        reader.Skip();
        var valueEnd = (int)reader.BytesConsumed;
        extra.Write(extra.WrittenCount == 0 ? "{"u8 : ","u8);
        extra.Write(line[nameStart..valueEnd]);
    }

    private ReadOnlyMemory<byte> ClosedExtra()
    {
        extra.Write("}"u8);
        return extra.WrittenSpan.ToArray();
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
