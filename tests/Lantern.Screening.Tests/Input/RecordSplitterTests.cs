using Lantern.Screening.Input;
using static Lantern.Screening.Tests.Input.SplitterRun;

namespace Lantern.Screening.Tests.Input;

public sealed class RecordSplitterTests
{
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
