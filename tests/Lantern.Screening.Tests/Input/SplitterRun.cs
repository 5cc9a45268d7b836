using System.Text;
using Lantern.Screening.Input;

namespace Lantern.Screening.Tests.Input;

/// <summary>Runs a <see cref="RecordSplitter"/> as the engine does and builds inputs whose records fall on block edges.</summary>
internal static class SplitterRun
{
    /// <summary>The smallest block the splitter honours: it always holds two of the longest records.</summary>
    public const int Block = 2 * RecordSplitter.MaxRecordBytes;

    /// <summary>Every record with its line, reading each batch and then handing its buffer back as the engine does.</summary>
    public static (List<(string Record, long Line)> Records, List<Rejection> Rejected) Split(string text, bool csv, int blockBytes = RecordSplitter.DefaultBlockBytes)
    {
        var splitter = new RecordSplitter(new MemoryStream(Encoding.UTF8.GetBytes(text)), csv, blockBytes);
        var records = new List<(string, long)>();
        var rejected = new List<Rejection>();
        foreach (var batch in splitter.Batches())
        {
            records.AddRange(Read(batch));
            rejected.AddRange(batch.Rejected);
            splitter.Recycle(batch);
        }

        return (records, rejected);
    }

    public static IEnumerable<(string Record, long Line)> Read(RecordBatch batch) =>
        Enumerable.Range(0, batch.Count).Select(i => (Encoding.UTF8.GetString(batch.Record(i)), batch.LineOf(i)));

    /// <summary>Lines of 'f' taking exactly <paramref name="bytes"/> bytes with their breaks (at least 1,000), so the next byte lands where a test wants it.</summary>
    public static List<string> Filler(int bytes)
    {
        var count = bytes / 1000;
        var lines = Enumerable.Repeat(new string('f', 999), count).ToList();
        lines[0] = new string('f', bytes - ((count - 1) * 1000) - 1);
        return lines;
    }

    public static string Joined(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));
}
