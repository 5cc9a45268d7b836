using System.Text;
using Lantern.Screening.Input;

namespace Lantern.Screening.Tests.Input;

public sealed class RecordSplitterTests
{
    /// <summary>Every record with its line, reading each batch and then handing its buffer back as the engine does.</summary>
    private static (List<(string Record, long Line)> Records, List<Rejection> Rejected) Split(string text, bool csv)
    {
        var splitter = new RecordSplitter(new MemoryStream(Encoding.UTF8.GetBytes(text)), csv);
        var records = new List<(string, long)>();
        var rejected = new List<Rejection>();
        foreach (var batch in splitter.Batches())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                records.Add((Encoding.UTF8.GetString(batch.Record(i)), batch.LineOf(i)));
            }

            rejected.AddRange(batch.Rejected);
            splitter.Recycle(batch);
        }

        return (records, rejected);
    }

    [Fact]
    public void Lines_across_many_blocks_come_back_whole_and_numbered_with_buffers_reused()
    {
        // About 7 MB of lines of uneven length, so records straddle every block boundary.
        var random = new Random(11);
        var lines = Enumerable.Range(1, 30_000).Select(i => $"{{\"id\":\"{i}\",\"text\":\"{new string('x', random.Next(0, 400))}\"}}").ToList();

        var (records, rejected) = Split(string.Join('\n', lines) + "\n", csv: false);

        rejected.ShouldBeEmpty();
        records.Select(r => r.Record).ShouldBe(lines);
        records.Select(r => r.Line).ShouldBe(Enumerable.Range(1, lines.Count).Select(i => (long)i));
    }

    [Fact]
    public void Crlf_blank_lines_and_a_last_line_without_a_break_are_handled()
    {
        var (records, _) = Split("a\r\n\r\n  \nb\r\nc", csv: false);

        records.ShouldBe([("a", 1L), ("b", 4L), ("c", 5L)]);
    }

    [Fact]
    public void Quoted_csv_line_breaks_stay_in_their_record_even_across_a_block_boundary()
    {
        // The quoted cell with line breaks sits where the first 2 MB block ends.
        var filler = Enumerable.Range(0, 2_100).Select(i => $"{i},\"{new string('y', 990)}\"").ToList();
        var quoted = "x,\"first\nsecond\nthird\"";
        var text = "id,text\n" + string.Join('\n', filler) + "\n" + quoted + "\nlast,\"z\"\n";

        var (records, rejected) = Split(text, csv: true);

        rejected.ShouldBeEmpty();
        records.Count.ShouldBe(filler.Count + 3);
        records[^2].ShouldBe((quoted, filler.Count + 2L));
        records[^1].ShouldBe(("last,\"z\"", filler.Count + 5L), "the two breaks inside the quotes still count as lines");
    }

    [Theory]
    [InlineData(RecordSplitter.MaxRecordBytes + 10)]
    [InlineData(5 * RecordSplitter.MaxRecordBytes)] // longer than a whole block: skipped while reading on
    public void A_record_over_the_limit_is_rejected_by_its_line_and_the_next_ones_keep_their_numbers(int length)
    {
        var tooLong = new string('q', length);

        var (records, rejected) = Split($"first\n{tooLong}\nthird\nfourth", csv: false);

        rejected.Single().Line.ShouldBe(2);
        records.ShouldBe([("first", 1L), ("third", 3L), ("fourth", 4L)]);
    }
}
