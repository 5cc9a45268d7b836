using Lantern.Statistics.Data;
using Lantern.Statistics.Descriptive;

namespace Lantern.Statistics.Tests.Descriptive;

/// <summary>
/// psych is not installed, so R computes alpha from its formula on the listwise-complete items:
/// <code>
/// alpha &lt;- function(x) { k &lt;- ncol(x); k/(k-1) * (1 - sum(apply(x, 2, var)) / var(rowSums(x))) }
/// stdalpha &lt;- function(x) { k &lt;- ncol(x); k/(k-1) * (1 - k / sum(cor(x))) }
/// x &lt;- na.omit(items)
/// c(nrow(x), ncol(x), alpha(x), stdalpha(x))
/// sapply(seq_len(ncol(x)), function(i) alpha(x[, -i, drop = FALSE]))            # alpha if deleted
/// sapply(seq_len(ncol(x)), function(i) cor(x[, i], rowSums(x[, -i, drop = FALSE])))  # r.drop
/// colMeans(x); apply(x, 2, sd)
/// </code>
/// </summary>
public sealed class ReliabilityTests
{
    [Fact]
    public void Likert_scale_with_reversed_items_matches_R()
    {
        // R: items <- d[, paste0("q", 1:6)]; items$q2 <- 6 - items$q2; items$q5 <- 6 - items$q5
        var result = Reliability.CronbachAlpha(Reference.Likert, ["q1", "q2", "q3", "q4", "q5", "q6"], ["q2", "q5"], 1, 5);

        result.N.ShouldBe(17);
        result.K.ShouldBe(6);
        result.Alpha.ShouldMatchR(0.96955223880597019, "alpha");
        result.StandardizedAlpha.ShouldMatchR(0.9694579248046763, "std alpha");
        result.Items.Select(item => item.Item).ShouldBe(["q1", "q2", "q3", "q4", "q5", "q6"]);
        result.Items.Select(item => item.Reversed).ShouldBe([false, true, false, false, true, false]);
        result.Items.Select(item => item.AlphaIfDeleted).ToList().ShouldMatchR(
            [0.95678167214311793, 0.96207486053626057, 0.9702646957717429, 0.96522044616195313, 0.96084118926758522, 0.96641261963842606],
            "alpha if deleted");
        result.Items.Select(item => item.CorrectedItemTotalCorrelation).ToList().ShouldMatchR(
            [0.96672521477560625, 0.91602039814338054, 0.83433536639021122, 0.88546261685752481, 0.92774703249191548, 0.87427068236489247],
            "r.drop");
        result.Items.Select(item => item.Mean).ToList().ShouldMatchR(
            [3.1764705882352939, 3.2352941176470589, 3.1764705882352939, 3.2352941176470589, 3.2941176470588234, 3.2352941176470589],
            "mean");
        result.Items.Select(item => item.Sd).ToList().ShouldMatchR(
            [1.3800042625680118, 1.3932610920384718, 1.3339459376998313, 1.3476559169863187, 1.4037764192684381, 1.3932610920384718],
            "sd");
    }

    [Fact]
    public void Holzinger_visual_items_match_R()
    {
        // R: items <- h[, c("x1", "x2", "x3")]  (the range 0–10 holds every answer; nothing is reversed)
        var result = Reliability.CronbachAlpha(Reference.Holzinger, new ScaleDefinition(["x1", "x2", "x3"], 0, 10));

        result.N.ShouldBe(301);
        result.K.ShouldBe(3);
        result.Alpha.ShouldMatchR(0.62611713188498064, "alpha");
        result.StandardizedAlpha.ShouldMatchR(0.62718385441912683, "std alpha");
        result.Items.Select(item => item.AlphaIfDeleted).ToList().ShouldMatchR(
            [0.50698763941913882, 0.61154149588105033, 0.45837772761778672], "alpha if deleted");
        result.Items.Select(item => item.CorrectedItemTotalCorrelation).ToList().ShouldMatchR(
            [0.44903154131268769, 0.37496796180686542, 0.48428123416982599], "r.drop");
    }

    [Fact]
    public void Without_reversing_the_negatively_worded_items_alpha_collapses()
    {
        var reversed = Reliability.CronbachAlpha(Reference.Likert, ["q1", "q2", "q3"], ["q2"], 1, 5);
        var notReversed = Reliability.CronbachAlpha(Reference.Likert, ["q1", "q2", "q3"], [], 1, 5);

        reversed.Alpha.ShouldBeGreaterThan(0.9);
        notReversed.Alpha.ShouldBeLessThan(0);
        notReversed.Items[1].CorrectedItemTotalCorrelation.ShouldBeLessThan(0);
    }

    [Fact]
    public void Two_items_have_no_alpha_if_deleted()
    {
        var result = Reliability.CronbachAlpha(Reference.Holzinger, ["x1", "x2"], [], 0, 10);

        result.Alpha.ShouldBeGreaterThan(0);
        result.Items.ShouldAllBe(item => double.IsNaN(item.AlphaIfDeleted));
        // With two items the rest is the other item: r.drop is their correlation.
        result.Items[0].CorrectedItemTotalCorrelation.ShouldMatchR(0.29734551101584739, "r(x1, x2)");
    }

    [Fact]
    public void A_constant_item_has_no_item_total_correlation_or_standardized_alpha()
    {
        var table = NumericTable.FromColumns(["a", "b", "c"], [[1, 2, 3, 4], [3, 3, 3, 3], [2, 2, 4, 5]]);

        var result = Reliability.CronbachAlpha(table, ["a", "b", "c"], [], 1, 5);

        double.IsFinite(result.Alpha).ShouldBeTrue();
        result.StandardizedAlpha.ShouldBe(double.NaN);
        result.Items[1].Sd.ShouldBe(0);
        result.Items[1].CorrectedItemTotalCorrelation.ShouldBe(double.NaN);
    }

    [Fact]
    public void Fewer_than_two_complete_rows_give_no_alpha()
    {
        var table = NumericTable.FromColumns(["a", "b"], [[1, double.NaN, 3], [2, 2, double.NaN]]);

        var result = Reliability.CronbachAlpha(table, ["a", "b"], [], 1, 5);

        result.N.ShouldBe(1);
        result.Alpha.ShouldBe(double.NaN);
        result.StandardizedAlpha.ShouldBe(double.NaN);
        result.Items[0].Sd.ShouldBe(double.NaN);
    }

    [Fact]
    public void An_all_missing_item_leaves_no_complete_rows()
    {
        var table = NumericTable.FromColumns(["a", "b"], [[1, 2, 3], [double.NaN, double.NaN, double.NaN]]);

        var result = Reliability.CronbachAlpha(table, ["a", "b"], [], 1, 5);

        result.N.ShouldBe(0);
        result.Alpha.ShouldBe(double.NaN);
    }

    [Fact]
    public void One_item_is_refused()
    {
        Should.Throw<ArgumentException>(() => Reliability.CronbachAlpha(Reference.Likert, ["q1"], [], 1, 5))
            .Message.ShouldContain("at least two items");
    }
}
