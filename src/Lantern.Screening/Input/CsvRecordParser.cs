using System.Buffers;
using System.Text;
using System.Text.Json;
using Lantern.Screening.Ads;

namespace Lantern.Screening.Input;

/// <summary>
/// Reads one RFC 4180 record against the header. Columns the engine knows fill the ad; the rest
/// travel on as strings in <see cref="Ad.Extra"/>.
/// </summary>
internal sealed class CsvRecordParser
{
    private readonly string[] header;
    private readonly IReadOnlyList<string> textFields;
    private readonly AdBuilder builder;
    private readonly List<string> cells = [];

    private CsvRecordParser(string[] header, IReadOnlyList<string> textFields)
    {
        this.header = header;
        this.textFields = textFields;
        builder = new AdBuilder(textFields);
    }

    /// <summary>A parser for the same header with buffers of its own: a parser is used by one worker thread only.</summary>
    public CsvRecordParser ForAnotherWorker() => new(header, textFields);

    /// <summary>Builds a parser from the header record; fails when the header lacks an id column or repeats a name.</summary>
    public static CsvRecordParser FromHeader(ReadOnlySpan<byte> record, string idField, IReadOnlyList<string> textFields)
    {
        var cells = new List<string>();
        if (record.StartsWith("\uFEFF"u8))
        {
            record = record[3..];
        }

        if (!Utf8Strict.TryDecode(record, out var text) || Split(text, cells) is not null)
        {
            throw new InvalidDataException("line 1: the CSV header is not valid UTF-8 CSV");
        }

        var names = cells.Select(c => c.Trim().ToLowerInvariant()).Select(n => n == idField.ToLowerInvariant() ? "id" : n).ToArray();
        if (!names.Contains("id"))
        {
            throw new InvalidDataException($"line 1: the CSV header has no {idField} column");
        }

        var repeated = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidDataException($"line 1: the CSV header names column \"{repeated.Key}\" twice");
        }

        return new CsvRecordParser(names, textFields);
    }

    public Ad? Parse(ReadOnlySpan<byte> record, out string? problem, out int? column)
    {
        column = null;
        if (!Utf8Strict.TryDecode(record, out var text))
        {
            problem = "not valid UTF-8";
            return null;
        }

        if (Split(text, cells) is { } splitProblem)
        {
            problem = splitProblem;
            column = cells.Count + 1;
            return null;
        }

        if (cells.Count != header.Length)
        {
            problem = $"expected {header.Length} fields as in the header, found {cells.Count}";
            return null;
        }

        builder.Reset();
        var extra = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(extra))
        {
            for (var i = 0; i < header.Length; i++)
            {
                var value = cells[i].Length == 0 ? null : cells[i];
                if (builder.TextPartOf(header[i]) is var part and >= 0)
                {
                    builder.SetTextPart(part, value);
                }

                if (AdBuilder.IsKnown(header[i]))
                {
                    builder.Set(header[i], value);
                }
                else
                {
                    if (writer.CurrentDepth == 0)
                    {
                        writer.WriteStartObject();
                    }

                    writer.WriteString(header[i], value);
                }
            }

            if (writer.CurrentDepth > 0)
            {
                writer.WriteEndObject();
            }
        }

        var ad = builder.Build(extra.WrittenCount == 0 ? ReadOnlyMemory<byte>.Empty : extra.WrittenMemory);
        problem = builder.Problem;
        return ad;
    }

    /// <summary>Splits a record into cells; returns a problem when a quoted cell is never closed.</summary>
    private static string? Split(string text, List<string> cells)
    {
        cells.Clear();
        var cell = new StringBuilder();
        var i = 0;
        while (true)
        {
            cell.Clear();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return "a quoted field is not closed";
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i++]);
                }
            }

            while (i < text.Length && text[i] != ',')
            {
                cell.Append(text[i++]);
            }

            cells.Add(cell.ToString());
            if (i >= text.Length)
            {
                return null;
            }

            i++;
        }
    }
}
