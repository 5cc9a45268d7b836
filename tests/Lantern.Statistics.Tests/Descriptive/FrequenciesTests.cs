using Lantern.Statistics.Descriptive;

namespace Lantern.Statistics.Tests.Descriptive;

public sealed class FrequenciesTests
{
    [Fact]
    public void Counts_match_R_table_with_missing_counted_separately()
    {
        // R: table(d$q1, useNA = "always")  →  1: 2, 2: 4, 3: 5, 4: 4, 5: 4, <NA>: 1
        var result = Frequencies.Of(Reference.Column(Reference.Likert, "q1"));

        result.Rows.Select(row => row.Value).ShouldBe([1, 2, 3, 4, 5]);
        result.Rows.Select(row => row.Count).ShouldBe([2, 4, 5, 4, 4]);
        result.N.ShouldBe(19);
        result.Missing.ShouldBe(1);
        result.Total.ShouldBe(20);
        result.MissingPercent.ShouldBe(5, 1e-12);
        // 5 of 20 respondents; 5 of the 19 who answered.
        result.Rows[2].Percent.ShouldBe(25, 1e-12);
        result.Rows[2].ValidPercent.ShouldBe(100.0 * 5 / 19, 1e-12);
        result.Rows.Sum(row => row.ValidPercent).ShouldBe(100, 1e-9);
    }

    [Fact]
    public void Values_are_sorted_and_fractions_are_distinct_values()
    {
        // R: table(c(3, 0.5, 3, -1, 0.5, 3))
        var result = Frequencies.Of([3, 0.5, 3, -1, 0.5, 3]);

        result.Rows.ShouldBe([
            new FrequencyRow(-1, 1, 100.0 / 6, 100.0 / 6),
            new FrequencyRow(0.5, 2, 100.0 * 2 / 6, 100.0 * 2 / 6),
            new FrequencyRow(3, 3, 50, 50),
        ]);
        result.Missing.ShouldBe(0);
        result.MissingPercent.ShouldBe(0);
    }

    [Fact]
    public void An_all_missing_column_has_no_rows()
    {
        var result = Frequencies.Of([double.NaN, double.NaN]);

        result.Rows.ShouldBeEmpty();
        result.N.ShouldBe(0);
        result.Missing.ShouldBe(2);
        result.MissingPercent.ShouldBe(100);
    }

    [Fact]
    public void An_empty_list_has_undefined_percentages()
    {
        var result = Frequencies.Of([]);

        result.Rows.ShouldBeEmpty();
        result.MissingPercent.ShouldBe(double.NaN);
    }
}
