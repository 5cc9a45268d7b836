namespace Lantern.Screening.Output;

/// <summary>
/// Packs many small arrays into a few large chunks. Chunks of a megabyte land on the large-object
/// heap, which the collector never copies, so data that lives from screening until the output is
/// written (each ad's JSON, details, keys and shingles) no longer passes through every
/// young-generation collection. One per worker; not thread-safe.
/// </summary>
internal sealed class Arena<T>(int chunkLength)
{
    private T[] chunk = [];
    private int used;

    public ReadOnlyMemory<T> Copy(ReadOnlySpan<T> items)
    {
        var memory = Allocate(items.Length, out var space);
        items.CopyTo(space);
        return memory;
    }

    /// <summary>Sets aside room for <paramref name="length"/> items, to be filled through <paramref name="space"/> before the memory is read.</summary>
    public ReadOnlyMemory<T> Allocate(int length, out Span<T> space)
    {
        if (chunk.Length - used < length)
        {
            chunk = new T[Math.Max(chunkLength, length)];
            used = 0;
        }

        space = chunk.AsSpan(used, length);
        var memory = new ReadOnlyMemory<T>(chunk, used, length);
        used += length;
        return memory;
    }
}
