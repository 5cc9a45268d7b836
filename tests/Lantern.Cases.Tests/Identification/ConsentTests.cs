using Lantern.Cases.Htcds;
using Lantern.Cases.Identification;
using Lantern.Cases.Identification.Checklist;

namespace Lantern.Cases.Tests.Identification;

/// <summary>Article 3(b): once a means was used, the person's agreement does not count; for a child it never does.</summary>
public sealed class ConsentTests
{
    public static TheoryData<string, string, string, AgeGroup> EveryCombination()
    {
        var data = new TheoryData<string, string, string, AgeGroup>();
        string[] answers = ["Y", "N", "?"];
        foreach (var act in answers)
        {
            foreach (var means in answers)
            {
                foreach (var purpose in answers)
                {
                    foreach (var age in Enum.GetValues<AgeGroup>())
                    {
                        data.Add(act, means, purpose, age);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Saying_they_agreed_never_changes_the_proposed_status(string act, string means, string purpose, AgeGroup age)
    {
        var withoutConsent = Answers.Of(age, act, means, purpose);

        var withConsent = IdentificationRule.Propose(withoutConsent with { PersonSaysTheyConsented = true });

        withConsent.Status.ShouldBe(IdentificationRule.Propose(withoutConsent).Status);
    }

    [Fact]
    public void An_adult_deceived_into_exploitation_who_agreed_to_go_is_an_actual_victim()
    {
        var answers = Answers.Of(AgeGroup.Adult, "Y", "Y", "Y") with { PersonSaysTheyConsented = true };

        var proposal = IdentificationRule.Propose(answers);

        proposal.Status.ShouldBe(TraffickingStatus.ActualVictimOfTrafficking);
        proposal.Reasons.ShouldContain(new Reason(ReasonKind.ConsentVoidBecauseOfMeans, []));
        ChecklistLanguage.English.Explain(new Reason(ReasonKind.ConsentVoidBecauseOfMeans, [])).ShouldContain("counts for nothing once a means was used");
    }

    [Fact]
    public void A_child_who_says_they_agreed_is_told_apart_from_an_adult()
    {
        var child = IdentificationRule.Propose(Answers.Of(AgeGroup.Child, "Y", "?", "Y") with { PersonSaysTheyConsented = true });
        var adult = IdentificationRule.Propose(Answers.Of(AgeGroup.Adult, "Y", "?", "Y") with { PersonSaysTheyConsented = true });

        child.Reasons.ShouldContain(new Reason(ReasonKind.ConsentVoidForChild, []));
        adult.Reasons.ShouldContain(new Reason(ReasonKind.ConsentVoidIfAnyMeans, []));
        adult.Status.ShouldBe(TraffickingStatus.PossibleVictimOfTrafficking);
    }

    [Fact]
    public void Consent_is_only_explained_when_the_person_says_they_agreed()
    {
        var proposal = IdentificationRule.Propose(Answers.Of(AgeGroup.Adult, "Y", "Y", "Y"));

        proposal.Reasons.Select(r => r.Kind).ShouldBe(
            [ReasonKind.ElementEstablished, ReasonKind.ElementEstablished, ReasonKind.ElementEstablished, ReasonKind.DefinitionMet]);
    }
}
