using System.Text;
using Lantern.Screening.Input;
using static Lantern.Screening.Tests.Input.SplitterRun;

namespace Lantern.Screening.Tests.Input;

/// <summary>Records cut by the edge of a block: the part read first is carried into the next block.</summary>
public sealed class RecordSplitterBlockEdgeTests
{
    [Fact]
    public void A_crlf_cut_between_its_two_bytes_is_stripped_and_the_blank_lines_after_it_skipped()
    {
        // The '\r' of "edge" is the last byte of the first block, its '\n' the first of the second.
        var filler = Filler(Block - "edge".Length - 1);
        var text = Joined(filler) + "edge\r\n\r\n \t\r\nafter\r\n";

        var (records, rejected) = Split(text, csv: false, blockBytes: Block);

        rejected.ShouldBeEmpty();
        records.Count.ShouldBe(filler.Count + 2);
        records[^2].ShouldBe(("edge", filler.Count + 1L));
        records[^1].ShouldBe(("after", filler.Count + 4L));
    }

    [Theory]
    [InlineData(0)] // the edge falls just before the record
    [InlineData(2)] // just before the opening quote
    [InlineData(3)] // just after it
    [InlineData(8)] // just before the first quoted break
    [InlineData(9)] // just after it
    [InlineData(16)] // just after the second
    [InlineData(21)] // just before the closing quote
    [InlineData(22)] // just before the break that ends the record
    public void A_quoted_csv_record_cut_by_the_edge_keeps_its_breaks_and_the_next_line_number(int bytesBeforeTheEdge)
    {
        const string Header = "id,text\n";
        const string Quoted = "x,\"first\nsecond\nthird\"";
        var filler = Filler(Block - Header.Length - bytesBeforeTheEdge);
        var text = Header + Joined(filler) + Quoted + "\nlast,\"z\"";

        var (records, rejected) = Split(text, csv: true, blockBytes: Block);

        rejected.ShouldBeEmpty();
        records.Count.ShouldBe(filler.Count + 3);
        records[^2].ShouldBe((Quoted, filler.Count + 2L));
        records[^1].ShouldBe(("last,\"z\"", filler.Count + 5L), "the two quoted breaks count as lines");
    }

    [Theory]
    [InlineData(100)] // under the limit is left at the edge: the record is carried, then refused whole
    [InlineData(RecordSplitter.MaxRecordBytes + 5)] // over the limit is left at the edge: refused there, the rest skipped in the next block
    public void An_over_long_record_cut_by_the_edge_is_refused_at_its_line_and_the_next_ones_keep_their_numbers(int bytesBeforeTheEdge)
    {
        var filler = Filler(Block - bytesBeforeTheEdge);
        var text = Joined(filler) + new string('q', RecordSplitter.MaxRecordBytes + 10) + "\nthird\r\n\nfourth";

        var (records, rejected) = Split(text, csv: false, blockBytes: Block);

        rejected.Single().ShouldBe(new Rejection(filler.Count + 1, "record longer than 1 MB"));
        records.Skip(filler.Count).ShouldBe([("third", filler.Count + 2L), ("fourth", filler.Count + 4L)]);
    }

    [Fact]
    public void An_over_long_csv_record_cut_inside_its_quotes_is_skipped_to_its_real_end_and_no_later_record_is_lost()
    {
        // Over the limit is left at the edge, inside the quoted cell: the skip must go on reading it as quoted.
        const string Header = "id,text\n";
        var filler = Filler(Block - Header.Length - RecordSplitter.MaxRecordBytes - 10);
        var text = Header + Joined(filler) + "long,\"" + new string('c', RecordSplitter.MaxRecordBytes + 10) + "\nstill quoted\",p\na,\"b\"\nc,d\n";

        var (records, rejected) = Split(text, csv: true, blockBytes: Block);

        rejected.Single().ShouldBe(new Rejection(filler.Count + 2, "record longer than 1 MB"));
        records.Skip(filler.Count + 1).ShouldBe([("a,\"b\"", filler.Count + 4L), ("c,d", filler.Count + 5L)]);
    }

    [Fact]
    public void A_recycled_buffer_carries_one_later_block_while_batches_not_yet_recycled_keep_their_records()
    {
        var lines = Enumerable.Range(1, 9_000).Select(i => $"{i}:{new string('r', 1_000)}").ToList();
        var splitter = new RecordSplitter(new MemoryStream(Encoding.UTF8.GetBytes(Joined(lines))), csv: false, blockBytes: Block);
        using var batches = splitter.Batches().GetEnumerator();
        var held = new List<(RecordBatch Batch, List<(string, long)> Records)>();
        RecordBatch Next()
        {
            batches.MoveNext().ShouldBeTrue();
            held.Add((batches.Current, Read(batches.Current).ToList()));
            return batches.Current;
        }

        var first = Next();
        Next();
        splitter.Recycle(first);
        var reusing = Next();
        var after = Next();

        reusing.Buffer.ShouldBeSameAs(first.Buffer, "the screened batch's buffer is the one reused");
        after.Buffer.ShouldNotBeSameAs(first.Buffer, "a buffer is reused once per recycling");
        foreach (var (batch, records) in held.Skip(1))
        {
            Read(batch).ShouldBe(records, "a batch still being screened is never overwritten");
        }

        held.SelectMany(h => h.Records).Select(r => r.Item1).ShouldBe(lines.Take(held.Sum(h => h.Batch.Count)));
    }
}
