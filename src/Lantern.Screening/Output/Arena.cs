namespace Lantern.Screening.Output;

/// <summary>
/// Packs many small arrays into a few large chunks. Chunks of a megabyte land on the large-object
/// heap, which the collector never copies, so data that lives from screening until the output is
/// written (each ad's JSON and shingles) no longer passes through every young-generation collection.
/// One per worker; not thread-safe.
/// </summary>
internal sealed class Arena<T>(int chunkLength)
{
    private T[] chunk = [];
    private int used;

    public ReadOnlyMemory<T> Copy(ReadOnlySpan<T> items) => Copy(items, []);

    /// <summary>Copies two spans one after the other, as one piece.</summary>
    public ReadOnlyMemory<T> Copy(ReadOnlySpan<T> first, ReadOnlySpan<T> second)
    {
        var length = first.Length + second.Length;
        if (chunk.Length - used < length)
        {
            chunk = new T[Math.Max(chunkLength, length)];
            used = 0;
        }

        first.CopyTo(chunk.AsSpan(used));
        second.CopyTo(chunk.AsSpan(used + first.Length));
        var copy = new ReadOnlyMemory<T>(chunk, used, length);
        used += length;
        return copy;
    }
}
