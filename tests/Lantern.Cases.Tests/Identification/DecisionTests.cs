using Lantern.Cases.Htcds;
using Lantern.Cases.Identification;

namespace Lantern.Cases.Tests.Identification;

/// <summary>A decision settles the status: who made it, what kind of organisation, when, and whether it followed the proposal.</summary>
public sealed class DecisionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 30, 0, TimeSpan.FromHours(1));

    private static readonly Proposal Possible = IdentificationRule.Propose(Answers.Of(AgeGroup.Adult, "Y", "?", "Y"));

    [Fact]
    public void A_decision_records_who_decided_their_kind_of_organisation_and_when()
    {
        var decision = new Decision(Possible, TraffickingStatus.PossibleVictimOfTrafficking, "Anti-trafficking unit, City Police", DecisionMakingOrganisation.Police, Monday);

        decision.Status.ShouldBe(TraffickingStatus.PossibleVictimOfTrafficking);
        decision.DecidedBy.ShouldBe("Anti-trafficking unit, City Police");
        decision.OrganisationType.ShouldBe(DecisionMakingOrganisation.Police);
        decision.DecidedAt.ShouldBe(Monday);
        decision.FollowsProposal.ShouldBeTrue();
    }

    [Fact]
    public void A_decision_may_depart_from_the_proposal_and_the_record_shows_it()
    {
        var decision = new Decision(Possible, TraffickingStatus.ActualVictimOfTrafficking, "Public prosecutor", DecisionMakingOrganisation.CourtOrProsecution, Monday);

        decision.ProposedStatus.ShouldBe(TraffickingStatus.PossibleVictimOfTrafficking);
        decision.Status.ShouldBe(TraffickingStatus.ActualVictimOfTrafficking);
        decision.FollowsProposal.ShouldBeFalse();
    }

    [Fact]
    public void A_decision_without_an_organisation_type_is_refused()
    {
        var refusal = Should.Throw<ArgumentException>(() => new Decision(Possible, TraffickingStatus.PossibleVictimOfTrafficking, "Case worker", null, Monday));

        refusal.ParamName.ShouldBe("organisationType");
        refusal.Message.ShouldContain("type of organisation");
    }

    [Fact]
    public void An_organisation_type_outside_the_standard_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Decision(Possible, TraffickingStatus.PossibleVictimOfTrafficking, "Case worker", (DecisionMakingOrganisation)9, Monday));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_decision_without_a_decision_maker_is_refused(string decidedBy)
    {
        Should.Throw<ArgumentException>(() => new Decision(Possible, TraffickingStatus.PossibleVictimOfTrafficking, decidedBy, DecisionMakingOrganisation.NGO, Monday))
            .ParamName.ShouldBe("decidedBy");
    }

    [Fact]
    public void A_decision_without_a_time_is_refused()
    {
        Should.Throw<ArgumentException>(() => new Decision(Possible, TraffickingStatus.PossibleVictimOfTrafficking, "Case worker", DecisionMakingOrganisation.NGO, default))
            .ParamName.ShouldBe("decidedAt");
    }

    [Fact]
    public void A_decision_settles_a_status_the_checklist_could_not_propose()
    {
        var nothingKnown = IdentificationRule.Propose(new ChecklistAnswers());

        var decision = new Decision(nothingKnown, TraffickingStatus.NotAVictimOfTrafficking, "Labour inspectorate", DecisionMakingOrganisation.NonPoliceGovernmentalOrganization, Monday);

        decision.ProposedStatus.ShouldBeNull();
        decision.FollowsProposal.ShouldBeFalse();
    }
}
