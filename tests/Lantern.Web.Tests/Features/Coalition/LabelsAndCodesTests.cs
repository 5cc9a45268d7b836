using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.Pages;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Tests.Features.Coalition;

public sealed class LabelsAndCodesTests
{
    [Theory]
    [InlineData("EN; it , el", "en,it,el")]
    [InlineData("en en", "en")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("fil", "fil")]
    public void Language_codes_are_normalised(string? given, string expected) =>
        LanguageCodes.Normalise(given).ShouldBe(expected);

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("en-GB")]
    [InlineData("<script>")]
    public void Anything_but_two_or_three_letter_codes_is_refused(string given) =>
        LanguageCodes.Normalise(given).ShouldBeNull();

    [Fact]
    public void Every_enum_value_round_trips_through_its_file_code()
    {
        foreach (var population in Enum.GetValues<Population>())
        {
            Labels.TryParseCode<Population>(Labels.Code(population), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(population);
        }

        Labels.Code(OrganisationType.LawEnforcement).ShouldBe("law-enforcement");
        Labels.Code(Population.AtRiskWorkers).ShouldBe("at-risk-workers");
        Labels.TryParseCode<Population>("martians", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/coalition/coverage", "/coalition/coverage")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/steal", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData(null, "/")]
    public void Sign_in_only_returns_to_addresses_on_this_site(string? returnUrl, string expected) =>
        LocalUrl.OrHome(returnUrl).ShouldBe(expected);
}
