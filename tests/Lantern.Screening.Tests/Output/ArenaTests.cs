using Lantern.Screening.Indicators;
using Lantern.Screening.Output;
using Lantern.Screening.Text;

namespace Lantern.Screening.Tests.Output;

public sealed class ArenaTests
{
    [Fact]
    public void Copies_stay_intact_across_chunk_boundaries_and_oversized_items()
    {
        var arena = new Arena<byte>(chunkLength: 8);
        var pieces = new List<(ReadOnlyMemory<byte> Copy, byte[] Original)>();
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var original = new byte[random.Next(0, 20)];
            random.NextBytes(original);
            pieces.Add((arena.Copy(original), original));
        }

        foreach (var (copy, original) in pieces)
        {
            copy.ToArray().ShouldBe(original);
        }
    }

    [Fact]
    public void Allocated_room_is_what_the_memory_reads_and_the_next_piece_does_not_overlap_it()
    {
        var arena = new Arena<byte>(16);
        var first = arena.Allocate(3, out var space);
        "abc"u8.CopyTo(space);
        var second = arena.Copy("de"u8);

        first.ToArray().ShouldBe("abc"u8.ToArray());
        second.ToArray().ShouldBe("de"u8.ToArray());
    }
}

public sealed class LinkEvidenceTests
{
    [Fact]
    public void Each_ad_gets_its_indicators_in_catalogue_order_with_sources_in_the_order_found_once()
    {
        var evidence = new LinkEvidence();
        evidence.Add(2, IndicatorCatalog.InconsistentDetails, 9);
        evidence.Add(0, IndicatorCatalog.SharedContact, 5);
        evidence.Add(2, IndicatorCatalog.SharedContact, 7);
        evidence.Add(2, IndicatorCatalog.SharedContact, 3);
        evidence.Add(2, IndicatorCatalog.SharedContact, 7);
        evidence.Seal(adCount: 4);

        var third = evidence.Of(2).ToList();
        third.Select(i => i.Indicator).ShouldBe([IndicatorCatalog.SharedContact, IndicatorCatalog.InconsistentDetails]);
        third[0].Sources.ShouldBe([7, 3], "in the order found, the repeat left out");
        evidence.Of(0).Single().Sources.Single().ShouldBe(5);
        evidence.Of(1).ShouldBeEmpty();
        evidence.Of(3).ShouldBeEmpty();
    }

    [Fact]
    public void Without_any_link_every_ad_has_none()
    {
        var evidence = new LinkEvidence();
        evidence.Seal(adCount: 3);
        evidence.Of(2).ShouldBeEmpty();
    }
}
