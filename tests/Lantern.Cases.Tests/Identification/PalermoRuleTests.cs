using Lantern.Cases.Htcds;
using Lantern.Cases.Identification;

namespace Lantern.Cases.Tests.Identification;

/// <summary>The proposed status for every answer on act, means and purpose, at every age, with nothing else observed.</summary>
public sealed class PalermoRuleTests
{
    // Written out by hand from the definition, one line per combination of answers:
    //   act means purpose | as a child | as an adult | age not known
    // Y yes, N no, ? don't know. A actual, P possible, N not a victim, - no status proposed.
    // A child needs act and purpose; an adult also a means. With the age unknown, a reading that
    // differs by age stays possible, because the person may be a child.
    private static readonly string[] Expected =
    [
        "Y Y Y | A A A",
        "Y Y N | N N N",
        "Y Y ? | P P P",
        "Y N Y | A N P",
        "Y N N | N N N",
        "Y N ? | P N P",
        "Y ? Y | A P P",
        "Y ? N | N N N",
        "Y ? ? | P P P",
        "N Y Y | N N N",
        "N Y N | N N N",
        "N Y ? | N N N",
        "N N Y | N N N",
        "N N N | N N N",
        "N N ? | N N N",
        "N ? Y | N N N",
        "N ? N | N N N",
        "N ? ? | N N N",
        "? Y Y | P P P",
        "? Y N | N N N",
        "? Y ? | P P P",
        "? N Y | P N P",
        "? N N | N N N",
        "? N ? | - N -",
        "? ? Y | P P P",
        "? ? N | N N N",
        "? ? ? | - - -",
    ];

    public static TheoryData<string, string, string, AgeGroup, string> Combinations()
    {
        var data = new TheoryData<string, string, string, AgeGroup, string>();
        foreach (var line in Expected)
        {
            var halves = line.Split('|', StringSplitOptions.TrimEntries);
            var answers = halves[0].Split(' ');
            var statuses = halves[1].Split(' ');
            data.Add(answers[0], answers[1], answers[2], AgeGroup.Child, statuses[0]);
            data.Add(answers[0], answers[1], answers[2], AgeGroup.Adult, statuses[1]);
            data.Add(answers[0], answers[1], answers[2], AgeGroup.Unknown, statuses[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void The_proposed_status_follows_the_table_for_every_answer_and_age(string act, string means, string purpose, AgeGroup age, string expected)
    {
        var proposal = IdentificationRule.Propose(Answers.Of(age, act, means, purpose));

        proposal.Status.ShouldBe(expected switch
        {
            "A" => TraffickingStatus.ActualVictimOfTrafficking,
            "P" => TraffickingStatus.PossibleVictimOfTrafficking,
            "N" => TraffickingStatus.NotAVictimOfTrafficking,
            _ => (TraffickingStatus?)null,
        });
    }

    [Fact]
    public void The_table_covers_every_combination_of_answers_once()
    {
        Expected.Select(line => line[..5]).Distinct().Count().ShouldBe(27);
    }

    [Fact]
    public void An_adult_without_a_means_is_not_a_victim_under_the_protocol()
    {
        var proposal = IdentificationRule.Propose(Answers.Of(AgeGroup.Adult, "Y", "N", "Y"));

        proposal.Status.ShouldBe(TraffickingStatus.NotAVictimOfTrafficking);
        proposal.Conclusion.ShouldBe(new Reason(ReasonKind.ElementRuledOut, ["palermo.means"]));
    }

    [Fact]
    public void A_child_recruited_for_exploitation_is_an_actual_victim_without_any_means()
    {
        var proposal = IdentificationRule.Propose(Answers.Of(AgeGroup.Child, "Y", "N", "Y"));

        proposal.Status.ShouldBe(TraffickingStatus.ActualVictimOfTrafficking);
        proposal.Reasons.ShouldContain(new Reason(ReasonKind.MeansNotNeededForChild, ["palermo.means"]));
        proposal.Conclusion.Kind.ShouldBe(ReasonKind.DefinitionMet);
    }

    [Fact]
    public void With_the_age_unknown_both_readings_are_reported_and_the_age_decides()
    {
        var proposal = IdentificationRule.Propose(Answers.Of(AgeGroup.Unknown, "Y", "?", "Y"));

        proposal.Status.ShouldBe(TraffickingStatus.PossibleVictimOfTrafficking);
        proposal.Reasons.ShouldContain(new Reason(ReasonKind.AgeNotKnown, ["ActualVictimOfTrafficking", "PossibleVictimOfTrafficking"]));
        proposal.Conclusion.Kind.ShouldBe(ReasonKind.AgeDecides);
    }
}
