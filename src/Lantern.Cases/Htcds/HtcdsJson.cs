using System.Text.Json;

namespace Lantern.Cases.Htcds;

/// <summary>
/// HTCDS cases as JSON: an array of objects keyed by the same field names as the CSV columns, each
/// value the same text as its CSV cell, except that a multi-select field is an array of strings.
/// Fields without a value are left out. JSON is not opened by spreadsheets, so nothing is neutralised.
/// </summary>
public static class HtcdsJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 3 };

    public static void Write(IEnumerable<HtcdsCase> cases, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(cases);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var written in cases)
        {
            json.WriteStartObject();
            foreach (var field in HtcdsFields.Columns.Where(field => written.Written(field.Name) is not null))
            {
                if (field.IsMultiselect)
                {
                    json.WriteStartArray(field.Name);
                    foreach (var choice in written.Choices(field.Name))
                    {
                        json.WriteStringValue(choice);
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteString(field.Name, written.Written(field.Name));
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Reads an array of cases: all of them, or every problem (by the case's position, from 1, and key) and none of them.</summary>
    public static HtcdsReadResult Read(Stream stream, string fileName, HtcdsLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= HtcdsLimits.Default;
        var collector = new CaseCollector(limits);
        try
        {
            using var document = JsonDocument.Parse(Bounded(stream, limits), Options);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                collector.Problem(1, "", "the file must hold an array of cases.");
                return collector.Result(fileName);
            }

            var row = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (++row > limits.MaxRows)
                {
                    throw new StopReading(row, null, $"more than {limits.MaxRows:N0} cases, the limit; split the file.");
                }

                collector.Add(row, Case(row, element, limits, collector, out var rowHasProblems), rowHasProblems);
            }
        }
        catch (JsonException error)
        {
            collector.Problem((int)(error.LineNumber ?? 0) + 1, "", $"the file is not valid JSON (line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}).");
        }
        catch (StopReading stop)
        {
            return collector.Result(fileName, stop);
        }

        return collector.Result(fileName);
    }

    private static HtcdsCase Case(int row, JsonElement element, HtcdsLimits limits, CaseCollector collector, out bool rowHasProblems)
    {
        var read = HtcdsCase.Empty;
        rowHasProblems = false;
        if (element.ValueKind != JsonValueKind.Object)
        {
            collector.Problem(row, "", "each case must be an object of field names and values.");
            rowHasProblems = true;
            return read;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (seen.Count == limits.MaxColumns)
            {
                throw new StopReading(row, null, $"a case has more than {limits.MaxColumns:N0} keys, the limit.");
            }

            var field = collector.Column(row, property.Name, property.Name);
            var problem = field is null ? "" : !seen.Add(field.Name) ? "the key appears twice in one case." : null;
            object? value = null;
            if (field is not null && problem is null)
            {
                value = Value(field, property.Value, limits, out problem);
            }

            if (problem is not null)
            {
                if (problem.Length > 0)
                {
                    collector.Problem(row, field!.Name, problem);
                }

                rowHasProblems = true;
                continue;
            }

            read = read.WithParsed(field!, value);
        }

        return read;
    }

    private static object? Value(HtcdsField field, JsonElement value, HtcdsLimits limits, out string? problem)
    {
        problem = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String when value.GetString()!.Length > limits.MaxCellChars:
                problem = $"the value is longer than {limits.MaxCellChars:N0} characters, the limit.";
                return null;
            case JsonValueKind.String:
                return HtcdsCells.Parse(field, value.GetString()!, out problem);
            case JsonValueKind.Array when field.IsMultiselect && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String):
                return HtcdsCells.ParseSet(field, value.EnumerateArray().Select(item => item.GetString()!), out problem);
            default:
                problem = field.IsMultiselect ? "the value must be an array of strings." : "the value must be a string.";
                return null;
        }
    }

    /// <summary>The file in memory, refused past the limit before it grows further: JSON is parsed whole.</summary>
    private static MemoryStream Bounded(Stream stream, HtcdsLimits limits)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (copy.Length + read > limits.MaxJsonBytes)
            {
                throw new StopReading(1, null, $"the file is larger than {limits.MaxJsonBytes:N0} bytes, the limit.");
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }
}
