using Lantern.Statistics.Data;
using Lantern.Statistics.Descriptive;

namespace Lantern.Statistics.Tests.Descriptive;

/// <summary>
/// Against R's lm(). For a fit <c>fit &lt;- lm(formula, data)</c>:
/// <code>
/// s &lt;- summary(fit); mf &lt;- model.frame(fit)
/// cbind(coef(s), confint(fit))                                             # b, se, t, p, 95% CI
/// coef(fit)[-1] * sapply(mf[, -1, drop = FALSE], sd) / sd(mf[, 1])          # standardized betas
/// c(s$r.squared, s$adj.r.squared, s$fstatistic,
///   pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE), s$sigma, nrow(mf))
/// </code>
/// </summary>
public sealed class RegressionTests
{
    [Fact]
    public void Holzinger_matches_lm()
    {
        // R: fit <- lm(x9 ~ x1 + x2 + x3 + x4, h)
        var result = Regression.Ols(Reference.Holzinger, "x9", ["x1", "x2", "x3", "x4"]);

        result.Outcome.ShouldBe("x9");
        result.N.ShouldBe(301);
        ShouldMatch(result.Coefficients,
        [
            ("(Intercept)", [3.3969214007403039, 0.3224524868825101, 10.534641657076188, 3.0120189278670726e-22, double.NaN, 2.7623314474302663, 4.031511354050342]),
            ("x1", [0.23177388852662187, 0.054196951088380289, 4.2765115725543774, 2.5645908373210567e-05, 0.26812645983342764, 0.12511370738417299, 0.33843406966907075]),
            ("x2", [0.046269761057926864, 0.048480103423097519, 0.95440722669503264, 0.34065631240922922, 0.05398628789709186, -0.049139602551474884, 0.14167912466732863]),
            ("x3", [0.16140573531185828, 0.053623139936083752, 3.0100015684319548, 0.0028373857861557637, 0.18089109553660937, 0.055874820672716971, 0.26693664995099958]),
            ("x4", [0.061516803545632583, 0.048933407289234544, 1.2571534857979614, 0.2096891004464996, 0.07096327593994177, -0.034784666935166846, 0.157818274026432]),
        ]);
        result.RSquared.ShouldMatchR(0.18998352500503723, "R²");
        result.AdjustedRSquared.ShouldMatchR(0.17903735642402419, "adjusted R²");
        result.F.ShouldMatchR(17.356166552612628, "F");
        result.DfModel.ShouldBe(4);
        result.DfResidual.ShouldBe(296);
        result.FPValue.ShouldMatchR(8.3415185205796376e-13, "p of F");
        result.ResidualStandardError.ShouldMatchR(0.914361996798705, "sigma");
    }

    [Fact]
    public void Rows_with_a_missing_value_are_left_out_as_lm_does()
    {
        // R: fit <- lm(wellbeing ~ q1 + q3 + age, d)  (rows 10 and 20 dropped: 18 rows)
        var result = Regression.Ols(Reference.Likert, "wellbeing", ["q1", "q3", "age"]);

        result.N.ShouldBe(18);
        ShouldMatch(result.Coefficients,
        [
            ("(Intercept)", [1.2498350565643108, 0.72907877089285877, 1.7142661485448456, 0.10852212532370027, double.NaN, -0.31388338569016727, 2.8135534988187887]),
            ("q1", [1.1752268080471344, 0.20605570661635592, 5.7034421775817465, 5.4526013007103586e-05, 0.69505638477189169, 0.73328127152687772, 1.6171723445673911]),
            ("q3", [0.5151231784123852, 0.20549869484549249, 2.5066980537257857, 0.025139157331272144, 0.29159099535614091, 0.074372313323289807, 0.95587404350148053]),
            ("age", [-0.014426972584289701, 0.013224456608157319, -1.0909312202204684, 0.29372338404102194, -0.070275307597623057, -0.042790611072412159, 0.013936665903832754]),
        ]);
        result.RSquared.ShouldMatchR(0.953119029336155, "R²");
        result.AdjustedRSquared.ShouldMatchR(0.94307310705104541, "adjusted R²");
        result.F.ShouldMatchR(94.876209698425995, "F");
        result.DfModel.ShouldBe(3);
        result.DfResidual.ShouldBe(14);
        result.FPValue.ShouldMatchR(1.5314322069195855e-09, "p of F");
        result.ResidualStandardError.ShouldMatchR(0.54574993558745766, "sigma");
    }

    [Fact]
    public void Collinear_predictors_are_refused_naming_the_redundant_one()
    {
        double[] a = [1, 2, 3, 4, 5, 6];
        double[] b = [2, 1, 4, 3, 6, 7];
        double[] sum = [3, 3, 7, 7, 11, 13];
        var table = NumericTable.FromColumns(["y", "a", "b", "sum"], [[1, 3, 2, 5, 4, 6], a, b, sum]);

        var error = Should.Throw<ArgumentException>(() => Regression.Ols(table, "y", ["a", "b", "sum"]));

        error.Message.ShouldContain("\"sum\" is a linear combination of the intercept and a, b");
        error.Message.ShouldContain("singular");
    }

    [Fact]
    public void A_constant_predictor_is_refused_as_inseparable_from_the_intercept()
    {
        var table = NumericTable.FromColumns(["y", "x", "c"], [[1, 3, 2, 5], [1, 2, 3, 4], [0.1, 0.1, 0.1, 0.1]]);

        Should.Throw<ArgumentException>(() => Regression.Ols(table, "y", ["x", "c"]))
            .Message.ShouldContain("\"c\" has the same value in all 4 rows used");
    }

    [Fact]
    public void Too_few_rows_are_refused()
    {
        // Two predictors and an intercept need four complete rows to leave a residual degree of freedom.
        var table = NumericTable.FromColumns(["y", "a", "b"], [[1, 3, 2, 5], [1, 2, 3, double.NaN], [4, 1, 3, 2]]);

        Should.Throw<ArgumentException>(() => Regression.Ols(table, "y", ["a", "b"]))
            .Message.ShouldContain("needs at least 4 rows with the outcome and all predictors present; there are 3");
    }

    [Fact]
    public void An_all_missing_predictor_leaves_no_rows()
    {
        var table = NumericTable.FromColumns(["y", "x"], [[1, 3, 2, 5], [double.NaN, double.NaN, double.NaN, double.NaN]]);

        Should.Throw<ArgumentException>(() => Regression.Ols(table, "y", ["x"]))
            .Message.ShouldContain("there are 0");
    }

    [Fact]
    public void A_constant_outcome_is_refused()
    {
        var table = NumericTable.FromColumns(["y", "x"], [[2, 2, 2, 2], [1, 2, 3, 5]]);

        Should.Throw<ArgumentException>(() => Regression.Ols(table, "y", ["x"]))
            .Message.ShouldContain("\"y\" has the same value in all 4 rows");
    }

    [Fact]
    public void The_outcome_cannot_also_be_a_predictor()
    {
        Should.Throw<ArgumentException>(() => Regression.Ols(Reference.Holzinger, "x1", ["x2", "x1"]))
            .Message.ShouldContain("also named as a predictor");
    }

    [Fact]
    public void A_text_column_is_refused_with_its_place()
    {
        Should.Throw<CsvFormatException>(() => Regression.Ols(Reference.Holzinger, "x1", ["school"]))
            .Message.ShouldContain("\"Pasteur\" is not a number");
    }

    /// <summary>Each expected row: term, then b, se, t, p, beta, CI lower, CI upper.</summary>
    private static void ShouldMatch(IReadOnlyList<RegressionCoefficient> actual, (string Term, double[] Values)[] expected)
    {
        actual.Select(c => c.Term).ShouldBe(expected.Select(e => e.Term));
        for (var i = 0; i < expected.Length; i++)
        {
            var c = actual[i];
            new[] { c.B, c.Se, c.T, c.P, c.Beta, c.CiLower, c.CiUpper }.ShouldMatchR(expected[i].Values, c.Term + " (b, se, t, p, beta, lower, upper)");
        }
    }
}
