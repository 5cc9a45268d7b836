using System.Text;
using System.Text.Json;
using Lantern.Statistics.Sem.Syntax;

namespace Lantern.Statistics.Tests.Sem.Syntax;

public class ModelParserTests
{
    private static string ReferencePath(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", name);

    private static (string Lhs, Operator Op, string Rhs)[] Relations(ParsedModel model) =>
        [.. model.Terms.Select(t => (t.Lhs, t.Operator, t.Rhs))];

    private static string OperatorText(Operator op) => op switch
    {
        Operator.MeasuredBy => "=~",
        Operator.Regression => "~",
        Operator.Covariance => "~~",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    // ------------------------------------------------------------------ reference models

    [Fact]
    public void Hs_cfa_reference_model_parses_to_three_factors()
    {
        var model = ModelParser.Parse(File.ReadAllText(ReferencePath("hs_cfa.lav")));

        Relations(model).ShouldBe(
        [
            ("visual", Operator.MeasuredBy, "x1"), ("visual", Operator.MeasuredBy, "x2"), ("visual", Operator.MeasuredBy, "x3"),
            ("textual", Operator.MeasuredBy, "x4"), ("textual", Operator.MeasuredBy, "x5"), ("textual", Operator.MeasuredBy, "x6"),
            ("speed", Operator.MeasuredBy, "x7"), ("speed", Operator.MeasuredBy, "x8"), ("speed", Operator.MeasuredBy, "x9"),
        ]);
        model.Terms.ShouldAllBe(t => t.Modifier == Modifier.None);
        model.Definitions.ShouldBeEmpty();
        model.Terms[4].Position.ShouldBe(new SourcePosition(2, 17));
    }

    [Fact]
    public void Hs_path_reference_model_parses_to_regressions()
    {
        var model = ModelParser.Parse(File.ReadAllText(ReferencePath("hs_path.lav")));

        Relations(model).ShouldBe(
        [
            ("x4", Operator.Regression, "x1"), ("x4", Operator.Regression, "x2"),
            ("x7", Operator.Regression, "x4"), ("x7", Operator.Regression, "x1"),
            ("x9", Operator.Regression, "x4"),
        ]);
        model.Definitions.ShouldBeEmpty();
    }

    [Fact]
    public void Mediation_reference_model_parses_labels_and_definitions()
    {
        var model = ModelParser.Parse(File.ReadAllText(ReferencePath("mediation.lav")));

        model.Terms.Select(t => (t.Lhs, t.Operator, t.Rhs, t.Modifier.Label)).ShouldBe(
        [
            ("Y", Operator.Regression, "X", "c"),
            ("M", Operator.Regression, "X", "a"),
            ("Y", Operator.Regression, "M", "b"),
        ]);
        model.Terms[0].Position.ShouldBe(new SourcePosition(2, 5));
        model.Definitions.Select(d => d.Name).ShouldBe(["ab", "total"]);
        model.Definitions.Select(d => d.Text).ShouldBe(["a*b", "c+(a*b)"], "lavaan prints the right side without spaces");
        model.Definitions[0].Position.ShouldBe(new SourcePosition(7, 1));

        var values = new Dictionary<string, double> { ["a"] = 2, ["b"] = 3, ["c"] = 5 };
        model.Definitions[0].Expression.Evaluate(l => values[l]).ShouldBe(6);
        model.Definitions[1].Expression.Evaluate(l => values[l]).ShouldBe(11);
        model.Definitions[1].Expression.Labels().ShouldBe([("c", new SourcePosition(9, 10)), ("a", new SourcePosition(9, 15)), ("b", new SourcePosition(9, 17))]);
    }

    [Theory]
    [InlineData("hs_cfa")]
    [InlineData("hs_path")]
    [InlineData("mediation")]
    public void Reference_models_give_lavaans_user_rows_first(string name)
    {
        var model = ModelParser.Parse(File.ReadAllText(ReferencePath(name + ".lav")));
        using var json = JsonDocument.Parse(File.ReadAllText(ReferencePath(name + ".expected.json")));
        var rows = json.RootElement.GetProperty("parameters").EnumerateArray()
            .Select(p => (Lhs: p.GetProperty("lhs").GetString(), Op: p.GetProperty("op").GetString(), Rhs: p.GetProperty("rhs").GetString(),
                Label: p.GetProperty("label").ValueKind == JsonValueKind.Null ? null : p.GetProperty("label").GetString()))
            .ToList();

        var userRows = rows.Where(r => r.Op != ":=").Take(model.Terms.Count).ToList();
        model.Terms.Select(t => (t.Lhs, OperatorText(t.Operator), t.Rhs, t.Modifier.Label))
            .ShouldBe(userRows.Select(r => (r.Lhs!, r.Op!, r.Rhs!, r.Label)));
        model.Definitions.Select(d => d.Name).ShouldBe(rows.Where(r => r.Op == ":=").Select(r => r.Lhs!));
    }

    [Fact]
    public void Political_democracy_model_parses()
    {
        const string syntax = """
            # measurement model
              ind60 =~ x1 + x2 + x3
              dem60 =~ y1 + y2 + y3 + y4
              dem65 =~ y5 + y6 + y7 + y8
            # regressions
              dem60 ~ ind60
              dem65 ~ ind60 + dem60
            # residual correlations
              y1 ~~ y5
              y2 ~~ y4 + y6
              y3 ~~ y7
              y4 ~~ y8
              y6 ~~ y8
            """;

        var model = ModelParser.Parse(syntax);

        model.Terms.Count.ShouldBe(20);
        model.Terms.Count(t => t.Operator == Operator.MeasuredBy).ShouldBe(11);
        model.Terms.Count(t => t.Operator == Operator.Regression).ShouldBe(3);
        model.Terms.Count(t => t.Operator == Operator.Covariance).ShouldBe(6);
        Relations(model)[12..14].ShouldBe([("dem65", Operator.Regression, "ind60"), ("dem65", Operator.Regression, "dem60")]);
        Relations(model)[15..17].ShouldBe([("y2", Operator.Covariance, "y4"), ("y2", Operator.Covariance, "y6")]);
        model.Terms[^1].Position.ShouldBe(new SourcePosition(13, 9));
    }

    // ------------------------------------------------------------------ modifiers

    [Fact]
    public void Modifiers_give_labels_fixed_values_and_explicit_freedom()
    {
        var model = ModelParser.Parse("f =~ NA*x1 + 1*x2 + a*x3 + 0*x4 + -0.5*x5 + 1e-2*x6 + a*x7 + x8 + b1*x9 + c_2*x10 + v.1*x11 + .5*x12 + 2E+1*x13");

        var m = model.Terms.Select(t => t.Modifier).ToList();
        m[0].ShouldBe(new Modifier(null, null, true));
        m[1].ShouldBe(new Modifier(null, 1.0, false));
        m[2].ShouldBe(new Modifier("a", null, false));
        m[3].ShouldBe(new Modifier(null, 0.0, false));
        m[4].ShouldBe(new Modifier(null, -0.5, false));
        m[5].ShouldBe(new Modifier(null, 0.01, false));
        m[6].ShouldBe(new Modifier("a", null, false));
        m[7].ShouldBe(Modifier.None);
        m[8].Label.ShouldBe("b1");
        m[9].Label.ShouldBe("c_2");
        m[10].Label.ShouldBe("v.1");
        m[11].FixedValue.ShouldBe(0.5);
        m[12].FixedValue.ShouldBe(20.0);
        model.Terms.Select(t => t.Rhs).ShouldBe(Enumerable.Range(1, 13).Select(i => $"x{i}"));
    }

    [Fact]
    public void A_shared_label_marks_an_equality_constraint()
    {
        var model = ModelParser.Parse("visual =~ x1 + v*x2 + v*x3\ntextual =~ x4 + v*x5");

        model.Terms.Where(t => t.Modifier.Label == "v").Select(t => t.Rhs).ShouldBe(["x2", "x3", "x5"]);
    }

    [Fact]
    public void Spaces_around_the_star_and_a_negative_fixed_value_are_fine()
    {
        var model = ModelParser.Parse("y ~~ - 1 * x + 0.5  *  z");

        model.Terms[0].Modifier.FixedValue.ShouldBe(-1.0);
        model.Terms[1].Modifier.FixedValue.ShouldBe(0.5);
        model.Terms[0].Position.ShouldBe(new SourcePosition(1, 6));
    }

    [Fact]
    public void Duplicate_terms_are_kept()
    {
        var model = ModelParser.Parse("f =~ x1 + x2 + 0.5*x2 + b*x2\nf =~ x1");

        Relations(model).ShouldBe(
        [
            ("f", Operator.MeasuredBy, "x1"), ("f", Operator.MeasuredBy, "x2"), ("f", Operator.MeasuredBy, "x2"),
            ("f", Operator.MeasuredBy, "x2"), ("f", Operator.MeasuredBy, "x1"),
        ]);
    }

    [Fact]
    public void Several_left_hand_variables_each_get_every_term()
    {
        var model = ModelParser.Parse("y1 + y2 ~ a*x1 + x2\nf1 + f2 =~ z\nu + v ~~ w");

        Relations(model).ShouldBe(
        [
            ("y1", Operator.Regression, "x1"), ("y1", Operator.Regression, "x2"),
            ("y2", Operator.Regression, "x1"), ("y2", Operator.Regression, "x2"),
            ("f1", Operator.MeasuredBy, "z"), ("f2", Operator.MeasuredBy, "z"),
            ("u", Operator.Covariance, "w"), ("v", Operator.Covariance, "w"),
        ]);
        model.Terms[2].Modifier.Label.ShouldBe("a");
    }

    [Fact]
    public void Variances_and_names_with_dots_underscores_and_letters_beyond_ascii_parse()
    {
        var model = ModelParser.Parse("x1 ~~ x1\n.hidden ~~ _under\nBildungsgrad_ü ~ Einkommen.2");

        Relations(model).ShouldBe(
        [
            ("x1", Operator.Covariance, "x1"),
            (".hidden", Operator.Covariance, "_under"),
            ("Bildungsgrad_ü", Operator.Regression, "Einkommen.2"),
        ]);
    }

    // ------------------------------------------------------------------ layout

    [Fact]
    public void A_line_ending_with_plus_or_an_operator_continues()
    {
        var model = ModelParser.Parse("visual =~ x1 + x2 +\n   x3\ntextual =~\n\n  x4 + # comment\n  x5");

        Relations(model).ShouldBe(
        [
            ("visual", Operator.MeasuredBy, "x1"), ("visual", Operator.MeasuredBy, "x2"), ("visual", Operator.MeasuredBy, "x3"),
            ("textual", Operator.MeasuredBy, "x4"), ("textual", Operator.MeasuredBy, "x5"),
        ]);
        model.Terms[2].Position.ShouldBe(new SourcePosition(2, 4));
        model.Terms[4].Position.ShouldBe(new SourcePosition(6, 3));
    }

    [Fact]
    public void A_line_starting_with_plus_continues_the_previous_one()
    {
        var model = ModelParser.Parse("speed =~ x7\n       + x8\n       + x9\ny ~ a*x\nab := a\n  * 2");

        model.Terms.Count(t => t.Lhs == "speed").ShouldBe(3);
        model.Definitions[0].Expression.Evaluate(_ => 3).ShouldBe(6);
    }

    [Fact]
    public void Semicolons_separate_statements()
    {
        var model = ModelParser.Parse("y ~ x; z ~ x;; w ~~ z;\n;f =~ a + b; d := 1");

        Relations(model).ShouldBe(
        [
            ("y", Operator.Regression, "x"), ("z", Operator.Regression, "x"), ("w", Operator.Covariance, "z"),
            ("f", Operator.MeasuredBy, "a"), ("f", Operator.MeasuredBy, "b"),
        ]);
        model.Terms[2].Position.ShouldBe(new SourcePosition(1, 21));
        model.Definitions.Single().Name.ShouldBe("d");
    }

    [Fact]
    public void Comments_and_blank_lines_are_ignored()
    {
        const string syntax = "# a model\n\n   \ny ~ x   # trailing comment: z ~ w\n! lavaan also takes bangs\nz ~ x ! y ~ q\n\t\n# end";

        Relations(ModelParser.Parse(syntax)).ShouldBe([("y", Operator.Regression, "x"), ("z", Operator.Regression, "x")]);
    }

    [Fact]
    public void Crlf_and_cr_line_ends_count_as_one_line_each()
    {
        var model = ModelParser.Parse("y ~ x\r\nz ~ x\r\r\nw ~ x +\r\n  q");

        model.Terms.Select(t => t.Position).ShouldBe(
            [new SourcePosition(1, 5), new SourcePosition(2, 5), new SourcePosition(4, 5), new SourcePosition(5, 3)]);
    }

    [Fact]
    public void An_empty_model_has_no_terms()
    {
        var model = ModelParser.Parse("  # nothing here\n\n;");

        model.Terms.ShouldBeEmpty();
        model.Definitions.ShouldBeEmpty();
    }

    // ------------------------------------------------------------------ := definitions

    [Theory]
    [InlineData("a + b * c", 14)]
    [InlineData("(a + b) * c", 20)]
    [InlineData("a - b - c", -5)]
    [InlineData("a / b * c", 2.0 / 3.0 * 4.0)]
    [InlineData("a / b / c", 2.0 / 3.0 / 4.0)]
    [InlineData("-a^2", -4)]
    [InlineData("(-a)^2", 4)]
    [InlineData("2^3^2", 512)]
    [InlineData("(2^3)^2", 64)]
    [InlineData("a^-1", 0.5)]
    [InlineData("2 * -a^2", -8)]
    [InlineData("-a * -b", 6)]
    [InlineData("--a", 2)]
    [InlineData("+a", 2)]
    [InlineData("a - -b", 5)]
    [InlineData("a*b + c/a - 1", 7)]
    [InlineData("1e-2 * c", 0.04)]
    [InlineData(".5 * a", 1)]
    [InlineData("a^b^0.5", 3.3219970854839125)]
    [InlineData("((a))", 2)]
    [InlineData("ab^2 / (1 - a)", -36)]
    public void Definitions_follow_arithmetic_precedence(string expression, double expected)
    {
        var model = ModelParser.Parse($"y ~ a*x + b*m + c*w\nab := a*b\nd := {expression}");
        var values = new Dictionary<string, double> { ["a"] = 2, ["b"] = 3, ["c"] = 4, ["ab"] = 6 };

        model.Definitions[1].Expression.Evaluate(l => values[l]).ShouldBe(expected, 1e-12);
    }

    [Fact]
    public void Unary_minus_binds_looser_than_power_in_the_tree()
    {
        var model = ModelParser.Parse("y ~ a*x\nd := -a^2");

        var negate = model.Definitions[0].Expression.ShouldBeOfType<NegateExpression>();
        var power = negate.Operand.ShouldBeOfType<BinaryExpression>();
        power.Operator.ShouldBe('^');
        power.Left.ShouldBe(new LabelExpression("a", new SourcePosition(2, 7)));
        power.Right.ShouldBe(new NumberExpression(2));
    }

    [Fact]
    public void Power_is_right_associative_in_the_tree()
    {
        var expression = ModelParser.Parse("d := 2^3^2").Definitions[0].Expression;

        var outer = expression.ShouldBeOfType<BinaryExpression>();
        outer.Left.ShouldBe(new NumberExpression(2));
        outer.Right.ShouldBeOfType<BinaryExpression>().Left.ShouldBe(new NumberExpression(3));
    }

    [Fact]
    public void Definitions_may_use_earlier_definitions_and_later_labels()
    {
        var model = ModelParser.Parse("ab := a*b\nab2 := ab^2\ny ~ a*x + b*m");
        var values = new Dictionary<string, double> { ["a"] = 2, ["b"] = 3 };

        model.Definitions[1].Expression.Evaluate(l => l == "ab" ? model.Definitions[0].Expression.Evaluate(k => values[k]) : values[l]).ShouldBe(36);
        model.Definitions[1].Expression.Labels().ShouldBe([("ab", new SourcePosition(2, 8))]);
    }

    [Fact]
    public void A_definition_may_span_lines()
    {
        var model = ModelParser.Parse("y ~ a*x + b*m + c*w\ntotal := c +\n   (a *\n    b)");

        model.Definitions[0].Expression.Evaluate(l => l switch { "a" => 2, "b" => 3, _ => 4 }).ShouldBe(10);
        model.Definitions[0].Text.ShouldBe("c+(a*b)");
    }

    // ------------------------------------------------------------------ errors

    [Theory]
    [InlineData("f =~~ x1", 1, 3, "unknown operator \"=~~\"")]
    [InlineData("y <- x", 1, 3, "unknown operator \"<-\"")]
    [InlineData("y = x", 1, 3, "unknown operator \"=\"")]
    [InlineData("y ~ x\n  z : w", 2, 5, "unknown operator \":\"")]
    [InlineData("y ~ x\n  z := : w", 2, 8, "expected a number, a label or \"(\", found \":\"")]
    [InlineData("y ~ x\nf =~", 2, 3, "missing right-hand side after \"=~\"")]
    [InlineData("y ~ x\nf =~ ; g =~ x", 2, 3, "missing right-hand side after \"=~\"")]
    [InlineData("ab :=", 1, 4, "missing right-hand side after \":=\"")]
    [InlineData("=~ x1", 1, 1, "missing left-hand side before \"=~\"")]
    [InlineData("f =~ x1 +", 1, 9, "\"+\" must be followed by a term")]
    [InlineData("f =~ x1 + + x2", 1, 11, "expected a term")]
    [InlineData("y ~ a*", 1, 6, "\"a*\" has no variable after \"*\"")]
    [InlineData("y ~ a* + x", 1, 6, "\"a*\" has no variable after \"*\"")]
    [InlineData("y ~ x\n\ny ~ 0.5*;", 3, 8, "\"0.5*\" has no variable after \"*\"")]
    [InlineData("y ~ a*(x)", 1, 7, "expected a variable name after \"*\"")]
    [InlineData("y ~ 1.2.3*x", 1, 5, "bad number \"1.2.3\"")]
    [InlineData("y ~ 1e*x", 1, 5, "bad number \"1e\"")]
    [InlineData("y ~ 2x", 1, 5, "bad number \"2x\" (names must not start with a digit)")]
    [InlineData("y ~ 1e999*x", 1, 5, "bad number \"1e999\": too large")]
    [InlineData("y ~ 0.5", 1, 5, "a number must be followed by \"*\" and a variable")]
    [InlineData(":= a*b", 1, 1, "\":=\" without a name")]
    [InlineData("a + b := c", 1, 5, "a defined parameter has a single name")]
    [InlineData("y ~ 1", 1, 5, "intercepts (~ 1) are not supported yet")]
    [InlineData("y ~ x + 1", 1, 9, "intercepts (~ 1) are not supported yet")]
    [InlineData("y ~ x + a*1", 1, 9, "intercepts (~ 1) are not supported yet")]
    [InlineData("y ~ label(\"a\")*x", 1, 5, "label(...) is not supported")]
    [InlineData("y ~ start(0.5)*x", 1, 5, "start values (start(...)) are not supported")]
    [InlineData("y ~ c(a, b)*x", 1, 5, "c(...)) are not supported")]
    [InlineData("y ~ equal(\"a\")*x", 1, 5, "the modifier equal(...) is not supported")]
    [InlineData("y ~ 0.5?x", 1, 8, "start values (\"?\") are not supported")]
    [InlineData("y ~ a*b*x", 1, 7, "only one modifier per term")]
    [InlineData("y ~ NA", 1, 5, "NA is not a variable")]
    [InlineData("y ~ x ~ z", 1, 7, "unexpected operator \"~\"")]
    [InlineData("y ~ x z", 1, 7, "expected \"+\" or the end of the statement, found \"z\"")]
    [InlineData("visual x1", 1, 8, "expected an operator (=~, ~, ~~ or :=) after \"visual\"")]
    [InlineData("y ~ x\nvisual", 2, 1, "\"visual\" is not followed by an operator")]
    [InlineData("2*f =~ x", 1, 1, "expected a variable name, found \"2\"")]
    [InlineData("a*f =~ x", 1, 2, "modifiers on the left-hand side are not supported")]
    [InlineData("y ~ x\n\n  z ~ $x", 3, 7, "unexpected character '$'")]
    [InlineData("y ~ 'x", 1, 5, "unterminated string")]
    [InlineData("a == b", 1, 3, "constraints (\"==\") are not supported")]
    [InlineData("a > 0", 1, 3, "constraints (\">\") are not supported")]
    [InlineData("f <~ x1 + x2", 1, 3, "formative indicators (\"<~\") are not supported")]
    [InlineData("u | t1", 1, 3, "thresholds (\"|\") are not supported")]
    [InlineData("f ~*~ f", 1, 3, "scaling factors (\"~*~\") are not supported")]
    [InlineData("y ~ - x", 1, 5, "\"-\" must be followed by a number")]
    public void Syntax_errors_name_line_and_column(string syntax, int line, int column, string message)
    {
        var error = Should.Throw<ModelSyntaxException>(() => ModelParser.Parse(syntax));

        error.Position.ShouldBe(new SourcePosition(line, column));
        error.Message.ShouldStartWith($"line {line}, column {column}: ");
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("y ~ a*x + b*m\nab := (a*b", 2, 7, "unmatched \"(\"")]
    [InlineData("y ~ a*x + b*m\nab := ((a*b)", 2, 7, "unmatched \"(\"")]
    [InlineData("y ~ a*x + b*m\nab := (a*(b + 1)", 2, 7, "unmatched \"(\"")]
    [InlineData("y ~ a*x + b*m\nab := a*(b + (1)", 2, 9, "unmatched \"(\"")]
    [InlineData("y ~ a*x + b*m\nab := a*b)", 2, 10, "unmatched \")\"")]
    [InlineData("y ~ a*x + b*m\nab := (a)*b))", 2, 12, "unmatched \")\"")]
    [InlineData("y ~ a*x + b*m\nab := (a b)", 2, 10, "expected \")\" or an operator, found \"b\"")]
    [InlineData("y ~ a*x + b*m\nab := ()", 2, 7, "empty parentheses")]
    [InlineData("y ~ a*x\nab := a*", 2, 8, "\"*\" must be followed by a number, a label or \"(\"")]
    [InlineData("y ~ a*x\nab := (a*)", 2, 9, "\"*\" must be followed by a number, a label or \"(\"")]
    [InlineData("y ~ a*x\nab := a b", 2, 9, "expected an operator (+ - * / ^) or the end of the statement, found \"b\"")]
    [InlineData("y ~ a*x\nab := * a", 2, 7, "expected a number, a label or \"(\", found \"*\"")]
    [InlineData("y ~ a*x\nab := sqrt(a)", 2, 7, "functions (sqrt(...)) are not supported")]
    [InlineData("y ~ a*x\nab := a := b", 2, 9, "unexpected operator \":=\"")]
    public void Expression_errors_name_line_and_column(string syntax, int line, int column, string message)
    {
        var error = Should.Throw<ModelSyntaxException>(() => ModelParser.Parse(syntax));

        error.Position.ShouldBe(new SourcePosition(line, column));
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("y ~ a*x\nab := a*q", 2, 9, "unknown label \"q\" in the definition of \"ab\"")]
    [InlineData("y ~ a*x\nab := ab*2", 2, 7, "unknown label \"ab\" in the definition of \"ab\"")]
    [InlineData("ab := b2 + 1\nb2 := 2\ny ~ x", 1, 7, "unknown label \"b2\"")]
    [InlineData("y ~ a*x + m\nind := a*m", 2, 10, "unknown label \"m\"")]
    [InlineData("y ~ a*x\na := 2*a", 2, 1, "\"a\" is already a parameter label")]
    [InlineData("y ~ a*x\nd := a\n\nd := 2*a", 4, 1, "\"d\" is defined twice (first at line 2, column 1)")]
    public void Definitions_must_use_known_labels(string syntax, int line, int column, string message)
    {
        var error = Should.Throw<ModelSyntaxException>(() => ModelParser.Parse(syntax));

        error.Position.ShouldBe(new SourcePosition(line, column));
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void An_error_inside_a_continued_statement_names_its_own_line()
    {
        var error = Should.Throw<ModelSyntaxException>(() => ModelParser.Parse("visual =~ x1 +\n   x2 +\n   x3 =~ x4"));

        error.Position.ShouldBe(new SourcePosition(3, 7));
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var deepParens = "y ~ a*x\nd := " + new string('(', 100_000) + "a" + new string(')', 100_000);
        var deepMinus = "y ~ a*x\nd := " + new string('-', 100_000) + "a";
        var deepPower = "y ~ a*x\nd := " + string.Join("^", Enumerable.Repeat("a", 100_000));

        Should.Throw<ModelSyntaxException>(() => ModelParser.Parse(deepParens)).Message.ShouldContain("nested more than");
        Should.Throw<ModelSyntaxException>(() => ModelParser.Parse(deepMinus)).Message.ShouldContain("nested more than");
        Should.Throw<ModelSyntaxException>(() => ModelParser.Parse(deepPower)).Message.ShouldContain("nested more than");
        ModelParser.Parse("y ~ a*x\nd := " + new string('(', 150) + "a" + new string(')', 150)).Definitions.Count.ShouldBe(1);
    }

    [Fact]
    public void Long_models_parse_quickly()
    {
        var syntax = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            syntax.Append('f').Append(i).Append(" =~ ").AppendJoin(" + ", Enumerable.Range(0, 10).Select(k => $"l{i}_{k}*x{i}_{k}")).Append('\n');
        }

        syntax.Append("d := ").AppendJoin(" + ", Enumerable.Range(0, 2000).Select(i => $"l{i}_0"));

        var model = ModelParser.Parse(syntax.ToString());

        model.Terms.Count.ShouldBe(20_000);
        model.Definitions[0].Expression.Evaluate(_ => 1).ShouldBe(2000);
    }

    // ------------------------------------------------------------------ fuzz

    private static readonly string[] Fragments =
    [
        "f", "x1", "y", "a", "b", "ab", "NA", "visual", ".x", "_z", "ü",
        "=~", "~", "~~", ":=", "==", "<", ">", "<~", "|", "~*~", "=", "<-", ":", "%", "%in%",
        "+", "-", "*", "/", "^", "(", ")", ",", "?", ";",
        "1", "0", "0.5", "-1", "1e-3", "2E+2", ".5", "1.", "1.2.3", "1e", "2x", "1e999",
        " ", "  ", "\t", "\n", "\r\n", "\r", "# comment\n", "! bang", "#",
        "\"", "'", "\"a\"", "label(\"a\")", "start(1)", "c(a,b)", "sqrt(",
        "y ~ a*x", "ab := a*b", "f =~ x1 + x2 + x3", "y1 + y2 ~ x", "x1 ~~ x2", "d := -a^2",
        "total := c + (a*b)", "y ~ 1", "a*", "NA*", "0.5*",
    ];

    private const string RandomCharacters = "abxyz019.,_-+*/^()=~<>:;|%!#?\"' \t\n\r$@&{}[]\\\0ü€\uFEFF\u00A0";

    [Fact]
    public void Fuzz_only_syntax_errors_escape()
    {
        var random = new Random(20240611);
        var parsed = 0;
        var builder = new StringBuilder();
        for (var iteration = 0; iteration < 20_000; iteration++)
        {
            builder.Clear();
            var pieces = random.Next(1, 25);
            for (var p = 0; p < pieces; p++)
            {
                if (random.Next(4) == 0)
                {
                    builder.Append(RandomCharacters[random.Next(RandomCharacters.Length)]);
                }
                else
                {
                    builder.Append(Fragments[random.Next(Fragments.Length)]);
                    if (random.Next(2) == 0)
                    {
                        builder.Append(' ');
                    }
                }
            }

            var syntax = builder.ToString();
            try
            {
                var model = ModelParser.Parse(syntax);
                parsed++;
                foreach (var term in model.Terms)
                {
                    term.Lhs.ShouldNotBeNullOrEmpty();
                    term.Rhs.ShouldNotBeNullOrEmpty();
                    term.Position.Line.ShouldBeGreaterThanOrEqualTo(1);
                    term.Position.Column.ShouldBeGreaterThanOrEqualTo(1);
                }

                foreach (var definition in model.Definitions)
                {
                    _ = definition.Expression.Evaluate(_ => 1.5);
                }
            }
            catch (ModelSyntaxException error)
            {
                var lines = syntax.Split(["\r\n", "\r", "\n"], StringSplitOptions.None).Length;
                error.Position.Line.ShouldBeInRange(1, lines, syntax);
                error.Position.Column.ShouldBeGreaterThanOrEqualTo(1, syntax);
            }
            catch (Exception error)
            {
                Assert.Fail($"{error.GetType().Name} for input {JsonSerializer.Serialize(syntax)}: {error}");
            }
        }

        parsed.ShouldBeGreaterThan(100);
    }
}
