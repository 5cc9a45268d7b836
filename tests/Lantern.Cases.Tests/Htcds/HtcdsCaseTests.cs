using Lantern.Cases.Htcds;

namespace Lantern.Cases.Tests.Htcds;

/// <summary>A case holds each value in its field's shape and refuses what is not a value of the field.</summary>
public sealed class HtcdsCaseTests
{
    [Fact]
    public void A_case_holds_values_by_field_name_in_their_shapes()
    {
        var held = HtcdsCase.Empty
            .With(HtcdsFields.CaseId, "C-1")
            .With(HtcdsFields.RegisteredOn, new DateOnly(2024, 3, 31))
            .With(HtcdsFields.RecruitmentCountry, "ng")
            .With(HtcdsFields.ConsentStatistics, true)
            .With("vic_TraffickingStatus", "possiblevictimoftrafficking")
            .With("vic_TypeOfExploitation", ["Servitude", "ForcedLabour", "Servitude"]);

        held.CaseId.ShouldBe("C-1");
        held.RegisteredOn.ShouldBe(new DateOnly(2024, 3, 31));
        held.RecruitmentCountry.ShouldBe("NG");
        held.ConsentStatistics.ShouldBe(true);
        held.ConsentServices.ShouldBeNull();
        held.TraffickingStatus.ShouldBe(TraffickingStatus.PossibleVictimOfTrafficking);
        held.ExploitationTypes.ShouldBe([ExploitationType.ForcedLabour, ExploitationType.Servitude]);
    }

    [Fact]
    public void Cases_with_the_same_values_are_equal_however_they_were_built()
    {
        var one = HtcdsCase.Empty.With("vic_TypeOfExploitation", "Servitude;ForcedLabour").With("prs_Birthdate", "2001-02-03");
        var other = HtcdsCase.Empty.With("prs_Birthdate", new DateOnly(2001, 2, 3)).With("vic_TypeOfExploitation", ["ForcedLabour", "Servitude"]);

        one.ShouldBe(other);
        one.GetHashCode().ShouldBe(other.GetHashCode());
        one.Without("prs_Birthdate").ShouldNotBe(other);
    }

    [Theory]
    [InlineData("vic_TraffickingStatus", "Victim", "is not a value of vic_TraffickingStatus")]
    [InlineData("prs_Birthdate", "2024-13-01", "is not a date")]
    [InlineData(HtcdsFields.ExploitationCountry, "XX", "is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("prs_NumberOfChildren", "-1", "is not a whole number")]
    [InlineData("hte_Latitude", "91", "is outside -90 to 90")]
    [InlineData(HtcdsFields.ConsentServices, "maybe", "neither yes nor no")]
    [InlineData("nope_Field", "x", "HTCDS has no field")]
    public void A_value_that_is_not_one_of_the_field_is_refused(string field, string text, string message)
    {
        Should.Throw<ArgumentException>(() => HtcdsCase.Empty.With(field, text)).Message.ShouldContain(message);
    }
}
