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
    public void Two_parts_are_copied_as_one_piece() =>
        new Arena<byte>(16).Copy("ab"u8, "cde"u8).ToArray().ShouldBe("abcde"u8.ToArray());
}

public sealed class LinkEvidenceTests
{
    private static Evidence At(int start) => new(start, start + 1, "x");

    [Fact]
    public void Each_ad_gets_its_indicators_in_catalogue_order_with_evidence_in_the_order_found_once()
    {
        var evidence = new LinkEvidence();
        evidence.Add(2, IndicatorCatalog.InconsistentDetails, At(9));
        evidence.Add(0, IndicatorCatalog.SharedContact, At(5));
        evidence.Add(2, IndicatorCatalog.SharedContact, At(7));
        evidence.Add(2, IndicatorCatalog.SharedContact, At(3));
        evidence.Add(2, IndicatorCatalog.SharedContact, At(7));
        evidence.Seal(adCount: 4);

        var third = evidence.Of(2).ToList();
        third.Select(i => i.Indicator).ShouldBe([IndicatorCatalog.SharedContact, IndicatorCatalog.InconsistentDetails]);
        third[0].Evidence.Select(e => e.Start).ShouldBe([7, 3], "in the order found, the repeat left out");
        evidence.Of(0).Single().Evidence.Single().Start.ShouldBe(5);
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
