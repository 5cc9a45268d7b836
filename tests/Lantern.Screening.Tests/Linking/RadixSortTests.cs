using Lantern.Screening.Linking;

namespace Lantern.Screening.Tests.Linking;

public sealed class RadixSortTests
{
    [Fact]
    public void Sorts_like_a_stable_comparison_sort()
    {
        // Few distinct keys, so long runs of equal keys test stability; the high bits vary too.
        var random = new Random(11);
        var keys = Enumerable.Range(0, 50_000).Select(_ => (ulong)random.Next(500) << random.Next(2) * 40).ToArray();
        var items = Enumerable.Range(0, keys.Length).ToArray();
        var expected = keys.Zip(items).OrderBy(pair => pair.First).ToArray(); // LINQ's OrderBy is stable

        RadixSort.Sort(keys, items);

        keys.ShouldBe(expected.Select(pair => pair.First).ToArray());
        items.ShouldBe(expected.Select(pair => pair.Second).ToArray());
    }

    [Fact]
    public void Handles_extreme_keys_and_keys_equal_in_every_byte_but_one()
    {
        ulong[] keys = [ulong.MaxValue, 0, 0x8000_0000_0000_0000, 1, ulong.MaxValue - 1, 0];
        int[] items = [0, 1, 2, 3, 4, 5];

        RadixSort.Sort(keys, items);

        keys.ShouldBe([0UL, 0, 1, 0x8000_0000_0000_0000, ulong.MaxValue - 1, ulong.MaxValue]);
        items.ShouldBe([1, 5, 3, 2, 4, 0]);

        ulong[] sameButLast = [0xAB00_0000_0000_0003, 0xAB00_0000_0000_0001, 0xAB00_0000_0000_0002];
        int[] owners = [7, 8, 9];
        RadixSort.Sort(sameButLast, owners);
        owners.ShouldBe([8, 9, 7]);
    }

    [Fact]
    public void Empty_input_is_fine_and_mismatched_lengths_are_refused()
    {
        RadixSort.Sort([], []);

        Should.Throw<ArgumentException>(() => RadixSort.Sort([1, 2], [0]));
    }
}
