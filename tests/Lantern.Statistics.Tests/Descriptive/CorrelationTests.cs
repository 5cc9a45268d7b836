using Lantern.Statistics.Descriptive;

namespace Lantern.Statistics.Tests.Descriptive;

public sealed class CorrelationTests
{
    // R: t <- cor.test(h[[a]], h[[b]]); c(t$estimate, t$statistic, t$parameter, t$p.value)
    [Theory]
    [InlineData("x1", "x2", 0.29734551101584739, 5.3851554120265046, 299, 1.4669630840244522e-07)]
    [InlineData("x4", "x5", 0.73317016638654409, 18.642432691132992, 299, 5.3223649665199918e-52)]
    [InlineData("x3", "x7", 0.071931047508595178, 1.2470343944996598, 299, 0.21336082055298022)]
    public void Pearson_matches_cor_test(string a, string b, double r, double t, int df, double p)
    {
        var result = Correlation.Pearson(Reference.Column(Reference.Holzinger, a), Reference.Column(Reference.Holzinger, b));

        result.N.ShouldBe(301);
        result.Df.ShouldBe(df);
        result.R.ShouldMatchR(r, "r");
        result.T.ShouldMatchR(t, "t");
        result.P.ShouldMatchR(p, "p");
    }

    [Fact]
    public void Pearson_uses_the_pairwise_complete_cases()
    {
        // R: t <- cor.test(d$q1, d$wellbeing); c(t$estimate, t$statistic, t$parameter, t$p.value)
        // (row 10 misses both, so 19 pairs)
        var result = Correlation.Pearson(Reference.Column(Reference.Likert, "q1"), Reference.Column(Reference.Likert, "wellbeing"));

        result.N.ShouldBe(19);
        result.Df.ShouldBe(17);
        result.R.ShouldMatchR(0.96476848334266363, "r");
        result.T.ShouldMatchR(15.119109319298854, "t");
        result.P.ShouldMatchR(2.7307831224130089e-11, "p");
    }

    [Fact]
    public void Matrix_matches_cor_with_pairwise_deletion()
    {
        // R: v <- c("q1", "q3", "age", "wellbeing")
        //    cor(d[, v], use = "pairwise.complete.obs"); crossprod(!is.na(d[, v]))
        //    p: cor.test(d[[v[i]]], d[[v[j]]])$p.value for each pair
        var result = Correlation.Matrix(Reference.Likert, ["q1", "q3", "age", "wellbeing"]);

        result.Columns.ShouldBe(["q1", "q3", "age", "wellbeing"]);
        double[][] r =
        [
            [1, 0.83466491979969348, -0.31524425326068528, 0.96476848334266363],
            [0.83466491979969348, 1, -0.062159837636554818, 0.87949084976978975],
            [-0.31524425326068528, -0.062159837636554818, 1, -0.3206969363613979],
            [0.96476848334266363, 0.87949084976978975, -0.3206969363613979, 1],
        ];
        double[][] p =
        [
            [double.NaN, 8.8240273188463908e-06, 0.20257758463731856, 2.7307831224130089e-11],
            [8.8240273188463908e-06, double.NaN, 0.80042431778999712, 7.0410204197731334e-07],
            [0.20257758463731856, 0.80042431778999712, double.NaN, 0.19445314289818696],
            [2.7307831224130089e-11, 7.0410204197731334e-07, 0.19445314289818696, double.NaN],
        ];
        int[][] n =
        [
            [19, 19, 18, 19],
            [19, 20, 19, 19],
            [18, 19, 19, 18],
            [19, 19, 18, 19],
        ];
        for (var i = 0; i < 4; i++)
        {
            result.R[i].ShouldMatchR(r[i], $"r row {i}");
            result.P[i].ShouldMatchR(p[i], $"p row {i}");
            result.N[i].ShouldBe(n[i], $"n row {i}");
        }
    }

    [Fact]
    public void A_constant_variable_has_no_correlation()
    {
        // R: cor.test(c(1, 2, 3, 4), c(5, 5, 5, 5)) stops: "the standard deviation is zero".
        var result = Correlation.Pearson([1, 2, 3, 4], [5, 5, 5, 5]);

        result.N.ShouldBe(4);
        result.R.ShouldBe(double.NaN);
        result.T.ShouldBe(double.NaN);
        result.P.ShouldBe(double.NaN);
    }

    [Fact]
    public void A_constant_column_has_nan_on_its_diagonal_and_row()
    {
        var table = Lantern.Statistics.Data.NumericTable.FromColumns(["a", "same", "b"], [[1, 2, 3, 5], [0.1, 0.1, 0.1, 0.1], [2, 1, 4, 3]]);

        var result = Correlation.Matrix(table, ["a", "same", "b"]);

        result.R[1].ShouldAllBe(r => double.IsNaN(r));
        result.R[0][1].ShouldBe(double.NaN);
        result.R[0][0].ShouldBe(1);
        result.N[1][1].ShouldBe(4);
    }

    [Fact]
    public void Fewer_than_three_pairs_give_no_correlation()
    {
        // R: cor.test needs at least 3 complete pairs ("not enough finite observations").
        var result = Correlation.Pearson([1, 2, double.NaN, 4], [2, 3, 4, double.NaN]);

        result.N.ShouldBe(2);
        result.Df.ShouldBe(0);
        result.R.ShouldBe(double.NaN);
        result.P.ShouldBe(double.NaN);
    }

    [Fact]
    public void An_all_missing_column_has_no_correlation_and_n_zero()
    {
        var result = Correlation.Pearson([double.NaN, double.NaN, double.NaN], [1, 2, 3]);

        result.N.ShouldBe(0);
        result.R.ShouldBe(double.NaN);
    }

    [Fact]
    public void A_perfect_correlation_has_infinite_t_and_p_zero()
    {
        var result = Correlation.Pearson([1, 2, 3, 4], [-3, -5, -7, -9]);

        result.R.ShouldBe(-1);
        result.T.ShouldBe(double.NegativeInfinity);
        result.P.ShouldBe(0);
    }

    [Fact]
    public void Unpaired_lists_are_refused()
    {
        Should.Throw<ArgumentException>(() => Correlation.Pearson([1, 2, 3], [1, 2]))
            .Message.ShouldContain("x has 3 values and y has 2");
    }

    [Fact]
    public void An_unknown_column_is_named()
    {
        Should.Throw<ArgumentException>(() => Correlation.Matrix(Reference.Likert, ["q1", "q7"]))
            .Message.ShouldContain("\"q7\"");
    }
}
