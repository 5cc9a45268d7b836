using Lantern.Statistics.Descriptive;

namespace Lantern.Statistics.Tests.Descriptive;

public sealed class DescriptivesTests
{
    [Fact]
    public void Holzinger_x1_matches_base_R()
    {
        // R: x <- h$x1; c(sum(!is.na(x)), mean(x), sd(x), min(x), max(x), median(x))
        var result = Descriptives.Of(Reference.Column(Reference.Holzinger, "x1"));

        result.N.ShouldBe(301);
        result.Missing.ShouldBe(0);
        result.Mean.ShouldMatchR(4.9357696563787377, "mean");
        result.Sd.ShouldMatchR(1.1674321157985101, "sd");
        result.Min.ShouldBe(0.66666667);
        result.Max.ShouldBe(8.5);
        result.Median.ShouldBe(5);
    }

    [Fact]
    public void Missing_values_are_counted_and_left_out_as_na_rm_does()
    {
        // R: x <- d$wellbeing; c(sum(!is.na(x)), sum(is.na(x)), mean(x, na.rm = TRUE), sd(x, na.rm = TRUE),
        //    min(x, na.rm = TRUE), max(x, na.rm = TRUE), median(x, na.rm = TRUE))
        var result = Descriptives.Of(Reference.Column(Reference.Likert, "wellbeing"));

        result.N.ShouldBe(19);
        result.Missing.ShouldBe(1);
        result.Mean.ShouldMatchR(6.0526315789473681, "mean");
        result.Sd.ShouldMatchR(2.2229530961845008, "sd");
        result.Min.ShouldBe(2.5);
        result.Max.ShouldBe(9.5);
        result.Median.ShouldBe(6);
    }

    [Fact]
    public void An_even_count_has_the_median_halfway_between_the_middle_values()
    {
        // R: median(d$age, na.rm = TRUE) is 41 with 19 values; with an even count it averages.
        Descriptives.Of([4, 1, 3, 2, double.NaN]).Median.ShouldBe(2.5);
        Descriptives.Of(Reference.Column(Reference.Likert, "age")).Median.ShouldBe(41);
    }

    [Fact]
    public void An_all_missing_column_has_no_statistics()
    {
        var result = Descriptives.Of([double.NaN, double.NaN, double.NaN]);

        result.ShouldBe(new DescriptiveStatistics(0, 3, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
    }

    [Fact]
    public void An_empty_list_has_no_statistics()
    {
        var result = Descriptives.Of([]);

        result.N.ShouldBe(0);
        result.Missing.ShouldBe(0);
        result.Mean.ShouldBe(double.NaN);
    }

    [Fact]
    public void A_constant_column_has_sd_exactly_zero()
    {
        // 0.1 added up three times is not 0.3, so a plain sum / n would leave an sd of about 1e-17.
        var result = Descriptives.Of([0.1, 0.1, double.NaN, 0.1]);

        result.Mean.ShouldBe(0.1);
        result.Sd.ShouldBe(0);
        result.Median.ShouldBe(0.1);
    }

    [Fact]
    public void A_single_value_has_no_sd()
    {
        var result = Descriptives.Of([double.NaN, 7]);

        result.N.ShouldBe(1);
        result.Mean.ShouldBe(7);
        result.Sd.ShouldBe(double.NaN);
        result.Median.ShouldBe(7);
    }

    [Fact]
    public void Infinity_is_refused()
    {
        Should.Throw<ArgumentException>(() => Descriptives.Of([1, double.PositiveInfinity]))
            .Message.ShouldContain("Value 1 is");
    }
}
