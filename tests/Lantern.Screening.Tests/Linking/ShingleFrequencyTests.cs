using Lantern.Screening.Linking;

namespace Lantern.Screening.Tests.Linking;

public sealed class ShingleFrequencyTests
{
    private static LinkKeys Sketch(params uint[] shingles) => new(Array.Empty<ulong>(), Array.Empty<ulong>(), shingles);

    [Fact]
    public void Counts_are_exact_when_the_table_has_room()
    {
        var frequency = ShingleFrequency.Count([Sketch(1, 2, 3), Sketch(2, 3), Sketch(3), Sketch()]);

        (frequency.Of(1), frequency.Of(2), frequency.Of(3), frequency.Of(4)).ShouldBe((1, 2, 3, 0));
    }

    [Fact]
    public void A_crowded_table_only_raises_counts_and_keeps_rare_shingles_below_the_boilerplate_threshold()
    {
        // 40,000 ads of 40 random shingles and one shared by all: 1.64 million occurrences in a
        // table capped at 2^20 slots, so slots are shared.
        const int ads = 40_000, perAd = 40;
        const uint everywhere = 0xB011E4;
        var random = new Random(7);
        var sketches = new List<LinkKeys>();
        var truth = new Dictionary<uint, int>();
        for (var ad = 0; ad < ads; ad++)
        {
            var shingles = new uint[perAd + 1];
            shingles[0] = everywhere;
            for (var i = 1; i <= perAd; i++)
            {
                shingles[i] = (uint)random.NextInt64(uint.MaxValue);
                truth[shingles[i]] = truth.GetValueOrDefault(shingles[i]) + 1;
            }

            sketches.Add(Sketch(shingles));
        }

        var frequency = ShingleFrequency.Count(sketches);

        frequency.Of(everywhere).ShouldBeGreaterThanOrEqualTo(ads);
        truth.ShouldAllBe(pair => frequency.Of(pair.Key) >= pair.Value);
        var boilerplate = LinkingOptions.Default.BoilerplateShare * ads;
        var mistaken = truth.Keys.Count(shingle => frequency.Of(shingle) >= boilerplate);
        mistaken.ShouldBeLessThan(truth.Count / 10_000, "only shingles sharing the common shingle's slot may be mistaken for boilerplate");
    }
}
