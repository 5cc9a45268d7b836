using Lantern.Statistics.Data;
using Lantern.Statistics.Descriptive;

namespace Lantern.Statistics.Tests.Descriptive;

public sealed class ScalesTests
{
    private static readonly string[] Items = ["q1", "q2", "q3", "q4", "q5", "q6"];

    // R: r <- d[, paste0("q", 1:6)]; r$q2 <- 6 - r$q2; r$q5 <- 6 - r$q5; answered <- rowSums(!is.na(r))
    private static readonly ScaleDefinition Wellbeing = new(Items, 1, 5) { ReverseCoded = ["q2", "q5"] };

    [Fact]
    public void Mean_of_at_least_five_answered_items_matches_R()
    {
        // R: m <- rowMeans(r, na.rm = TRUE); ifelse(answered >= 5, m, NA)
        double[] expected =
        [
            4.333333333333333, 2.1666666666666665, 4.666666666666667, 3, 1.3333333333333333, 4, 1.5,
            4.833333333333333, 3.3333333333333335, double.NaN, 4.333333333333333, 1.3333333333333333,
            3.1666666666666665, 4.666666666666667, 2.3333333333333335, 4, 2.6666666666666665, 2,
            4.833333333333333, 3.3333333333333335,
        ];

        var scores = Scales.Score(Reference.Likert, Wellbeing with { MinimumAnswered = 5 });

        scores.ShouldMatchR(expected, "scores");
    }

    [Fact]
    public void Sum_is_prorated_when_items_are_missing()
    {
        // R: ifelse(answered >= 5, rowMeans(r, na.rm = TRUE) * 6, NA)
        double[] expected = [26, 13, 28, 18, 8, 24, 9, 29, 20, double.NaN, 26, 8, 19, 28, 14, 24, 16, 12, 29, 20];

        var scores = Scales.Score(Reference.Likert, Wellbeing with { Rule = ScoringRule.Sum, MinimumAnswered = 5 });

        scores.ShouldMatchR(expected, "scores");
    }

    [Fact]
    public void By_default_every_item_must_be_answered()
    {
        // R: rowSums(r)  (NA wherever an item is missing: rows 4, 6 and 10)
        double[] expected = [26, 13, 28, double.NaN, 8, double.NaN, 9, 29, 20, double.NaN, 26, 8, 19, 28, 14, 24, 16, 12, 29, 20];

        var scores = Scales.Score(Reference.Likert, Wellbeing with { Rule = ScoringRule.Sum });

        scores.ShouldBe(expected);
    }

    [Fact]
    public void Reverse_coding_is_min_plus_max_minus_the_answer()
    {
        var table = NumericTable.FromColumns(["a", "b"], [[1, 7, 4, double.NaN], [1, 7, 4, 2]]);
        var scale = new ScaleDefinition(["a", "b"], 1, 7) { ReverseCoded = ["b"], MinimumAnswered = 1 };

        // b reversed: 7, 1, 4, 6; with a: means 4, 4, 4 and 6 from b alone.
        Scales.Score(table, scale).ShouldBe([4, 4, 4, 6]);
        Scales.Score(table, scale with { ReverseCoded = [] }).ShouldBe([1, 7, 4, 2]);
    }

    [Fact]
    public void A_row_with_no_answers_has_no_score()
    {
        var table = NumericTable.FromColumns(["a", "b"], [[double.NaN, 2], [double.NaN, 3]]);

        Scales.Score(table, new ScaleDefinition(["a", "b"], 1, 5) { MinimumAnswered = 1 }).ShouldBe([double.NaN, 2.5]);
    }

    [Fact]
    public void An_answer_outside_the_range_is_refused_with_its_line()
    {
        // Row 5 of the file (line 6) answered q1 = 1; a range of 2–5 would reverse it to 6.
        var error = Should.Throw<ArgumentException>(() => Scales.Score(Reference.Likert, new ScaleDefinition(Items, 2, 5)));

        error.Message.ShouldContain("line 6, item \"q1\" is 1, outside the response range 2–5");
    }

    [Fact]
    public void A_reverse_coded_item_must_be_an_item()
    {
        var error = Should.Throw<ArgumentException>(() => Scales.Score(Reference.Likert, Wellbeing with { ReverseCoded = ["q2", "age"] }));

        error.Message.ShouldContain("\"age\" is not one of the scale's items");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Minimum_answered_must_be_between_one_and_the_item_count(int minimum)
    {
        Should.Throw<ArgumentException>(() => Scales.Score(Reference.Likert, Wellbeing with { MinimumAnswered = minimum }))
            .Message.ShouldContain("between 1 and 6");
    }

    [Fact]
    public void The_range_must_have_min_below_max()
    {
        Should.Throw<ArgumentException>(() => Scales.Score(Reference.Likert, new ScaleDefinition(Items, 5, 5)))
            .Message.ShouldContain("Min must be below Max");
    }

    [Fact]
    public void An_unknown_item_is_named()
    {
        Should.Throw<ArgumentException>(() => Scales.Score(Reference.Likert, new ScaleDefinition(["q1", "q9"], 1, 5)))
            .Message.ShouldContain("\"q9\"");
    }
}
