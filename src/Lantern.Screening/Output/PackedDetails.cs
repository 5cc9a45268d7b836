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
/// screening; as bytes in an arena they cost the collector nothing, and the one item a finding
/// needs is read when it is reported.
/// Layout: the entities (count, then type, value and evidence of each), the facts (count, then
/// kind, value and evidence of each), and last where the facts start; counts and numbers are
/// 32-bit little-endian, strings their UTF-16 code units after their length, so any string (even
/// a lone surrogate from a JSON escape) comes back exactly.
/// </summary>
internal static class PackedDetails
{
    private const int Null = -1;

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

    /// <summary>The normalized value of the entity at <paramref name="index"/>.</summary>
    public static string EntityValue(ReadOnlySpan<byte> packed, int index)
    {
        var at = Seek(packed, 0, index) + 1;
        return ReadString(packed, ref at)!;
    }

    /// <summary>The evidence of the entity at <paramref name="index"/>.</summary>
    public static Evidence EntityEvidence(ReadOnlySpan<byte> packed, int index) => EvidenceAt(packed, Seek(packed, 0, index));

    /// <summary>The evidence of the fact at <paramref name="index"/>.</summary>
    public static Evidence FactEvidence(ReadOnlySpan<byte> packed, int index) =>
        EvidenceAt(packed, Seek(packed, BinaryPrimitives.ReadInt32LittleEndian(packed[^sizeof(int)..]), index));

    /// <summary>Where the item at <paramref name="index"/> of the list at <paramref name="list"/> starts; the items before it are skipped, not unpacked.</summary>
    private static int Seek(ReadOnlySpan<byte> packed, int list, int index)
    {
        var at = list;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ReadInt(packed, ref at));
        for (var i = 0; i < index; i++)
        {
            at++;
            SkipString(packed, ref at);
            at += 2 * sizeof(int);
            SkipString(packed, ref at);
            SkipString(packed, ref at);
        }

        return at;
    }

    /// <summary>Reads the evidence of the item starting at <paramref name="at"/>, past its type and value.</summary>
    private static Evidence EvidenceAt(ReadOnlySpan<byte> packed, int at)
    {
        at++;
        SkipString(packed, ref at);
        var start = ReadInt(packed, ref at);
        var end = ReadInt(packed, ref at);
        var text = ReadString(packed, ref at)!;
        return new Evidence(start, end, text, ReadString(packed, ref at));
    }

    private static void WriteEvidence(ArrayBufferWriter<byte> output, Evidence evidence)
    {
        WriteInt(output, evidence.Start);
        WriteInt(output, evidence.End);
        WriteString(output, evidence.Text);
        WriteString(output, evidence.Field);
    }

    private static void WriteString(ArrayBufferWriter<byte> output, string? value)
    {
        if (value is null)
        {
            WriteInt(output, Null);
            return;
        }

        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        WriteInt(output, bytes.Length);
        output.Write(bytes);
    }

    private static string? ReadString(ReadOnlySpan<byte> packed, ref int at)
    {
        var length = ReadInt(packed, ref at);
        if (length == Null)
        {
            return null;
        }

        var bytes = packed.Slice(at, length);
        at += length;
        return string.Create(length / sizeof(char), bytes, static (chars, source) => source.CopyTo(MemoryMarshal.AsBytes(chars)));
    }

    private static void SkipString(ReadOnlySpan<byte> packed, ref int at)
    {
        var length = ReadInt(packed, ref at);
        at += Math.Max(length, 0);
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
