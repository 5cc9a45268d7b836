using Lantern.Cases.Identification;

namespace Lantern.Cases.Tests.Identification;

/// <summary>Answers the rule could only misread are refused with a message that names the faulty code.</summary>
public sealed class BadAnswerTests
{
    [Fact]
    public void An_unknown_indicator_code_is_refused_by_name()
    {
        var answers = new ChecklistAnswers { ObservedIndicators = ["ilo.deception", "ilo.decepton"] };

        Should.Throw<ArgumentException>(() => IdentificationRule.Propose(answers)).Message.ShouldContain("'ilo.decepton'");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_indicator_code_is_refused(string? code)
    {
        var answers = new ChecklistAnswers { ObservedIndicators = [code!] };

        Should.Throw<ArgumentException>(() => IdentificationRule.Propose(answers)).Message.ShouldContain("empty");
    }

    [Fact]
    public void An_unknown_form_is_refused_by_name()
    {
        var answers = new ChecklistAnswers { Purpose = ElementAnswer.Yes("purpose.sightseeing") };

        Should.Throw<ArgumentException>(() => IdentificationRule.Propose(answers)).Message.ShouldContain("'purpose.sightseeing'");
    }

    [Fact]
    public void A_form_given_for_the_wrong_element_is_refused_by_name()
    {
        var answers = new ChecklistAnswers { Act = ElementAnswer.Yes("means.deception") };

        Should.Throw<ArgumentException>(() => IdentificationRule.Propose(answers)).Message.ShouldContain("'means.deception' is not a form of the act");
    }

    [Fact]
    public void A_form_given_as_an_observed_indicator_is_refused_by_name()
    {
        var answers = new ChecklistAnswers { ObservedIndicators = ["act.harbouring"] };

        Should.Throw<ArgumentException>(() => IdentificationRule.Propose(answers)).Message.ShouldContain("'act.harbouring' is a form of the act");
    }

    [Fact]
    public void A_yes_must_say_which_form_was_found()
    {
        Should.Throw<ArgumentException>(() => ElementAnswer.Yes()).ParamName.ShouldBe("forms");
    }

    [Fact]
    public void Missing_answers_are_refused()
    {
        Should.Throw<ArgumentNullException>(() => IdentificationRule.Propose(null!));
        Should.Throw<ArgumentException>(() => IdentificationRule.Propose(new ChecklistAnswers { Means = null! })).Message.ShouldContain("means is missing");
        Should.Throw<ArgumentException>(() => IdentificationRule.Propose(new ChecklistAnswers { ObservedIndicators = null! })).Message.ShouldContain("observed indicators are missing");
    }

    [Fact]
    public void An_age_group_outside_the_enum_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => IdentificationRule.Propose(new ChecklistAnswers { Age = (AgeGroup)7 }));
    }
}
