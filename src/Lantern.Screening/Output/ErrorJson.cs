using System.Text.Json;
using Lantern.Screening.Input;

namespace Lantern.Screening.Output;

/// <summary>errors.jsonl: one line per rejected record, in input order.</summary>
internal static class ErrorJson
{
    public static void Write(Stream stream, IEnumerable<Rejection> rejected)
    {
        using var writer = new Utf8JsonWriter(stream, AdJson.Options);
        foreach (var rejection in rejected.OrderBy(r => r.Line))
        {
            writer.Reset(stream);
            writer.WriteStartObject();
            writer.WriteNumber("line", rejection.Line);
            if (rejection.Column is { } column)
            {
                writer.WriteNumber("column", column);
            }

            writer.WriteString("reason", rejection.Reason);
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
        }
    }
}
