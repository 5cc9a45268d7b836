namespace Lantern.Screening.Input;

/// <summary>
/// A run of whole input records (JSON lines or CSV records) sharing one buffer, handed to one
/// worker. Records are kept as offsets so splitting the input copies nothing.
/// </summary>
internal sealed class RecordBatch(int index, byte[] buffer)
{
    private readonly List<(int Offset, int Length, long Line)> records = [];

    public int Index => index;

    /// <summary>The block the records lie in, for <see cref="RecordSplitter.Recycle"/>.</summary>
    public byte[] Buffer => buffer;

    public List<Rejection> Rejected { get; } = [];

    public int Count => records.Count;

    public void Add(int offset, int length, long line) => records.Add((offset, length, line));

    public ReadOnlySpan<byte> Record(int i) => buffer.AsSpan(records[i].Offset, records[i].Length);

    public long LineOf(int i) => records[i].Line;
}
