using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Lantern.Screening.Contacts;
using Lantern.Screening.Indicators;
using Lantern.Screening.Text;

namespace Lantern.Screening.Output;

/// <summary>
/// An ad's contacts and facts packed into bytes while it waits for linking. Held as objects, a
/// million ads' few strings each were copied by every young-generation collection during
/// screening; as bytes in an arena they cost the collector nothing, and the few ads a link
/// concerns are unpacked when it is reported.
/// Layout: the entities (count, then type, value and evidence of each), the facts (count, then
/// kind, value and evidence of each), and last where the facts start; counts and numbers are 32-bit little-endian, strings as their UTF-16 code units after
/// their length, so any string (even a lone surrogate from a JSON escape) comes back exactly.
/// </summary>
internal static class PackedDetails
{
    private const int NoField = -1;

    public static void Write(IReadOnlyList<Entity> entities, IReadOnlyList<Fact> facts, ArrayBufferWriter<byte> output)
    {
        var start = output.WrittenCount;
        WriteInt(output, entities.Count);
        foreach (var entity in entities)
        {
            output.Write([(byte)entity.Type]);
            WriteString(output, entity.Value);
            WriteEvidence(output, entity.Evidence);
        }

        var factsAt = output.WrittenCount - start;
        WriteInt(output, facts.Count);
        foreach (var fact in facts)
        {
            output.Write([(byte)fact.Kind]);
            WriteString(output, fact.Value);
            WriteEvidence(output, fact.Evidence);
        }

        WriteInt(output, factsAt);
    }

    public static List<Entity> Entities(ReadOnlySpan<byte> packed)
    {
        var at = 0;
        var entities = new List<Entity>(ReadInt(packed, ref at));
        for (var i = entities.Capacity; i > 0; i--)
        {
            var type = (EntityType)packed[at++];
            var value = ReadString(packed, ref at)!;
            entities.Add(new Entity(type, value, ReadEvidence(packed, ref at)));
        }

        return entities;
    }

    public static List<Fact> Facts(ReadOnlySpan<byte> packed)
    {
        var at = BinaryPrimitives.ReadInt32LittleEndian(packed[^sizeof(int)..]);
        var facts = new List<Fact>(ReadInt(packed, ref at));
        for (var i = facts.Capacity; i > 0; i--)
        {
            var kind = (FactKind)packed[at++];
            var value = ReadString(packed, ref at)!;
            facts.Add(new Fact(kind, value, ReadEvidence(packed, ref at)));
        }

        return facts;
    }

    private static void WriteEvidence(ArrayBufferWriter<byte> output, Evidence evidence)
    {
        WriteInt(output, evidence.Start);
        WriteInt(output, evidence.End);
        WriteString(output, evidence.Text);
        WriteString(output, evidence.Field);
    }

    private static Evidence ReadEvidence(ReadOnlySpan<byte> packed, ref int at)
    {
        var start = ReadInt(packed, ref at);
        var end = ReadInt(packed, ref at);
        var text = ReadString(packed, ref at)!;
        return new Evidence(start, end, text, ReadString(packed, ref at));
    }

    private static void WriteString(ArrayBufferWriter<byte> output, string? value)
    {
        if (value is null)
        {
            WriteInt(output, NoField);
            return;
        }

        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        WriteInt(output, bytes.Length);
        output.Write(bytes);
    }

    private static string? ReadString(ReadOnlySpan<byte> packed, ref int at)
    {
        var length = ReadInt(packed, ref at);
        if (length == NoField)
        {
            return null;
        }

        var bytes = packed.Slice(at, length);
        at += length;
        return string.Create(length / sizeof(char), bytes, static (chars, source) => source.CopyTo(MemoryMarshal.AsBytes(chars)));
    }

    private static void WriteInt(ArrayBufferWriter<byte> output, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(sizeof(int)), value);
        output.Advance(sizeof(int));
    }

    private static int ReadInt(ReadOnlySpan<byte> packed, ref int at)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(packed[at..]);
        at += sizeof(int);
        return value;
    }
}
