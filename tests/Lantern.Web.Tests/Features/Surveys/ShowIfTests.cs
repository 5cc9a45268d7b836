using Lantern.Web.Features.Surveys.Conditions;

namespace Lantern.Web.Tests.Features.Surveys;

public sealed class ShowIfTests
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["member"] = "yes", ["age"] = "34", ["platforms"] = "facebook whatsapp", ["note"] = "",
    };

    private static bool Holds(string condition) => ShowIf.Parse(condition).IsMet(name => Answers.GetValueOrDefault(name));

    [Theory]
    [InlineData("${member} = 'yes'", true)]
    [InlineData("${member} != 'yes'", false)]
    [InlineData("${age} >= 18 and ${age} < 35", true)]
    [InlineData("${age} > 100 or ${member} = \"yes\"", true)]
    [InlineData("not(${member} = 'yes')", false)]
    [InlineData("selected(${platforms}, 'whatsapp')", true)]
    [InlineData("selected(${platforms}, 'tiktok')", false)]
    [InlineData("count-selected(${platforms}) >= 2", true)]
    [InlineData("(${age} = 34) and (${member} = 'yes' or ${age} < 0)", true)]
    [InlineData("${unanswered} = ''", true)]
    [InlineData("${unanswered} > 3", false)]
    [InlineData("${age} > 9", true)]
    public void Conditions_read_answers_as_ODK_does(string condition, bool expected) => Holds(condition).ShouldBe(expected);

    [Fact]
    public void Numbers_compare_as_numbers_not_as_text()
    {
        // As text "34" < "9"; the condition must compare 34 with 9 as numbers.
        Holds("${age} > 9").ShouldBeTrue();
        Holds("${age} = 34.0").ShouldBeTrue();
    }

    [Fact]
    public void References_lists_each_item_once_in_order_of_use() =>
        ShowIf.Parse("${b} = 1 and ${a} = 2 or ${b} = 3").References.ShouldBe(["b", "a"]);

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("${member = 'yes'", 1, "not closed")]
    [InlineData("${member} = 'yes", 13, "not closed")]
    [InlineData("${member} = 'yes' and", 22, "ends too early")]
    [InlineData("today() > '2020-01-01'", 1, "not supported")]
    [InlineData("${age} + 1 > 3", 8, "unexpected '+'")]
    [InlineData("member = 'yes'", 1, "not supported")]
    [InlineData("(${age} > 3", 12, "')' is missing")]
    [InlineData("${1bad} = 1", 3, "not a valid item name")]
    public void Unsupported_or_broken_conditions_name_the_column(string condition, int column, string reason)
    {
        var error = Should.Throw<ShowIfSyntaxException>(() => ShowIf.Parse(condition));
        error.Column.ShouldBe(column);
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Deep_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        var condition = new string('(', 5000) + "1" + new string(')', 5000);
        Should.Throw<ShowIfSyntaxException>(() => ShowIf.Parse(condition)).Reason.ShouldContain("nested too deeply");
    }
}
