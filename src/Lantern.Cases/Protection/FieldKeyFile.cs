using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Lantern.Cases.Protection;

/// <summary>
/// Reads and writes the key file (JSON, described in docs/case-protection.md). Every error names
/// the file and what is wrong; none repeats the file's content, so no key material reaches a log.
/// </summary>
internal static class FieldKeyFile
{
    public const string Format = "lantern-field-keys/1";

    /// <summary>A key file holds a few hundred bytes a key; anything near this is not one.</summary>
    private const int MaxBytes = 1024 * 1024;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static FieldKeyRing Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw Error(path, Directory.Exists(path) ? "is a directory, not a key file" : "does not exist");
            }

            if (info.Length > MaxBytes)
            {
                throw Error(path, $"is {info.Length} bytes; a key file is far smaller (at most {MaxBytes})");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(path, $"cannot be read ({e.GetType().Name})");
        }

        if (bytes.AsSpan().Trim((byte)' ').Trim("\r\n\t"u8).IsEmpty)
        {
            throw Error(path, "is empty");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            // The parser's own message may quote a character of the file: only its position is kept.
            throw Error(path, $"is not valid JSON, or is truncated (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }

        using (document)
        {
            return Parse(path, document.RootElement);
        }
    }

    public static void Write(string path, FieldKeyRing ring, bool replace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? throw Error(path, "has no directory");
        if (!Directory.Exists(directory))
        {
            throw Error(path, $"cannot be written: its directory does not exist");
        }

        if (!replace && File.Exists(full))
        {
            throw Error(path, "exists already; Lantern does not replace a key file, since that would lose every key in it");
        }

        // Written aside, flushed to disk, then moved into place: a crash leaves the old file or the new one, never half of one.
        var aside = Path.Combine(directory, $".{Path.GetFileName(full)}.{Convert.ToHexString(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(aside, options))
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    WriteJson(writer, ring);
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(aside, full, overwrite: replace);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(aside);
            throw Error(path, replace || !File.Exists(full) ? $"cannot be written ({e.GetType().Name})" : "exists already; Lantern does not replace a key file");
        }
    }

    private static void WriteJson(Utf8JsonWriter writer, FieldKeyRing ring)
    {
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("current", ring.Current.Id);
        writer.WriteStartObject("index");
        writer.WriteString("created", ring.IndexCreated.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        writer.WriteBase64String("key", ring.IndexSecret);
        writer.WriteEndObject();
        writer.WriteStartArray("keys");
        foreach (var key in ring.Keys)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", key.Id);
            writer.WriteString("created", key.Created.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            writer.WriteBase64String("key", key.Material);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static FieldKeyRing Parse(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "is not a JSON object");
        }

        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
        {
            throw Error(path, $"does not say \"format\": \"{Format}\"");
        }

        if (!root.TryGetProperty("keys", out var keysElement) || keysElement.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, "has no \"keys\" list");
        }

        var keys = new List<FieldKey>();
        var position = 0;
        foreach (var element in keysElement.EnumerateArray())
        {
            position++;
            var where = $"key number {position} in \"keys\"";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, $"has {where} that is not an object");
            }

            if (!element.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.Number || !idElement.TryGetUInt32(out var id) || id == 0)
            {
                throw Error(path, $"has {where} without a whole-number \"id\" of 1 or more");
            }

            if (keys.Any(k => k.Id == id))
            {
                throw Error(path, $"has two keys with id {id}");
            }

            var created = Date(path, element, $"key {id}");
            var material = Secret(path, element, $"key {id}");
            keys.Add(new FieldKey(id, created, material));
        }

        if (keys.Count == 0)
        {
            throw Error(path, "has no keys");
        }

        if (!root.TryGetProperty("current", out var currentElement) || currentElement.ValueKind == JsonValueKind.Null)
        {
            throw Error(path, "does not say which key is \"current\"");
        }

        if (currentElement.ValueKind != JsonValueKind.Number || !currentElement.TryGetUInt32(out var current))
        {
            throw Error(path, "has a \"current\" that is not a key id");
        }

        if (keys.All(k => k.Id != current))
        {
            throw Error(path, $"names key {current} as current, but has no key {current}");
        }

        if (!root.TryGetProperty("index", out var index) || index.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "has no \"index\" key (the blind-index key)");
        }

        return new FieldKeyRing(keys, current, Secret(path, index, "the index key"), Date(path, index, "the index key"));
    }

    private static DateTimeOffset Date(string path, JsonElement element, string what)
    {
        if (!element.TryGetProperty("created", out var created) || created.ValueKind != JsonValueKind.String || !created.TryGetDateTimeOffset(out var date))
        {
            throw Error(path, $"has {what} without a valid \"created\" date");
        }

        return date;
    }

    private static byte[] Secret(string path, JsonElement element, string what)
    {
        if (!element.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String)
        {
            throw Error(path, $"has {what} without its \"key\" (base64)");
        }

        if (!key.TryGetBytesFromBase64(out var bytes))
        {
            throw Error(path, $"has {what} whose \"key\" is not valid base64");
        }

        if (bytes.Length != FieldKey.SizeInBytes)
        {
            CryptographicOperations.ZeroMemory(bytes);
            throw Error(path, $"has {what} of {bytes.Length} bytes; a key must be {FieldKey.SizeInBytes} bytes (256 bits)");
        }

        return bytes;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the file is left aside under a name no one reads.
        }
    }

    private static FieldKeyFileException Error(string path, string what) =>
        new($"The field key file '{path}' {what}.") { FilePath = path };
}
