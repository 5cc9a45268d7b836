using Lantern.Cases.Htcds;
using Lantern.Cases.Identification;
using Lantern.Cases.Identification.Checklist;

namespace Lantern.Cases.Tests.Identification;

/// <summary>A proposal says what it rests on: the indicators observed, each element, and why the status follows.</summary>
public sealed class ProposalReasonTests
{
    private static string[] English(Proposal proposal) => [.. proposal.Reasons.Select(ChecklistLanguage.English.Explain)];

    [Theory]
    [InlineData(AgeGroup.Adult)]
    [InlineData(AgeGroup.Child)]
    [InlineData(AgeGroup.Unknown)]
    public void Indicators_alone_make_a_possible_victim(AgeGroup age)
    {
        var proposal = IdentificationRule.Propose(Answers.Of(age, "?", "?", "?", "ilo.withholding_of_wages"));

        proposal.Status.ShouldBe(TraffickingStatus.PossibleVictimOfTrafficking);
        proposal.Conclusion.Kind.ShouldBe(ReasonKind.ElementsStillOpen);
    }

    [Fact]
    public void Reasons_name_the_indicators_observed_and_the_elements_still_missing()
    {
        var proposal = IdentificationRule.Propose(Answers.Of(AgeGroup.Adult, "Y", "?", "?", "online.lover_boy", "ilo.deception"));

        proposal.Reasons.ShouldBe(
        [
            new(ReasonKind.IndicatorsObserved, ["ilo.deception", "online.lover_boy"]),
            new(ReasonKind.ElementEstablished, ["palermo.act", "act.recruitment"]),
            new(ReasonKind.ElementNotKnown, ["palermo.means"]),
            new(ReasonKind.ElementNotKnown, ["palermo.purpose"]),
            new(ReasonKind.ElementsStillOpen, ["palermo.means", "palermo.purpose"]),
        ]);
        English(proposal).ShouldBe(
        [
            "Observed: Deception, Online romance used to recruit (\"lover-boy\").",
            "Act established: Recruitment.",
            "Means: not known yet.",
            "Purpose: not known yet.",
            "Still to establish: Means, Purpose. Possible victim until then.",
        ]);
    }

    [Fact]
    public void Indicators_observed_call_a_no_on_a_required_element_into_question()
    {
        var proposal = IdentificationRule.Propose(Answers.Of(AgeGroup.Adult, "Y", "N", "Y", "sign.fearful_or_submissive"));

        proposal.Status.ShouldBe(TraffickingStatus.PossibleVictimOfTrafficking);
        proposal.Conclusion.ShouldBe(new Reason(ReasonKind.SignsQuestionTheNo, ["palermo.means"]));
    }

    [Fact]
    public void An_empty_checklist_proposes_no_status_and_says_what_to_ask()
    {
        var proposal = IdentificationRule.Propose(new ChecklistAnswers { Age = AgeGroup.Adult });

        proposal.Status.ShouldBeNull();
        English(proposal)[^1].ShouldBe("Nothing is established and nothing was observed, so no status is proposed yet. Ask about: Act, Means, Purpose.");
    }

    [Fact]
    public void When_the_definition_is_met_the_proposal_asks_for_confirmation_by_the_competent_authority()
    {
        var proposal = IdentificationRule.Propose(Answers.Of(AgeGroup.Adult, "Y", "Y", "Y"));

        English(proposal)[^1].ShouldContain("competent authority must confirm");
    }

    [Fact]
    public void Each_established_element_lists_its_forms_once_and_an_indicator_is_listed_once()
    {
        var answers = new ChecklistAnswers
        {
            Act = ElementAnswer.Yes("act.transportation", "act.recruitment", "act.transportation"),
            ObservedIndicators = ["ilo.isolation", "ilo.isolation"],
        };

        var proposal = IdentificationRule.Propose(answers);

        proposal.Reasons.ShouldContain(new Reason(ReasonKind.ElementEstablished, ["palermo.act", "act.transportation", "act.recruitment"]));
        proposal.Reasons.ShouldContain(new Reason(ReasonKind.IndicatorsObserved, ["ilo.isolation"]));
    }

    [Fact]
    public void The_purposes_found_prefill_the_htcds_types_of_exploitation()
    {
        var answers = new ChecklistAnswers
        {
            Purpose = ElementAnswer.Yes("purpose.forced_criminality", "purpose.sexual_exploitation", "purpose.slavery"),
        };

        IdentificationRule.Propose(answers).ExploitationTypes.ShouldBe([ExploitationType.SexualExploitation, ExploitationType.Other]);
    }
}
