using Lantern.Screening.Contacts.Phones;

namespace Lantern.Screening.Tests.Contacts;

/// <summary>The numbering plan table and the pattern notation it is written in.</summary>
public sealed class NumberingPlanTests
{
    [Theory]
    [InlineData("7/10", "7700900123", true)]
    [InlineData("7/10", "770090012", false)]
    [InlineData("7/10", "6700900123", false)]
    [InlineData("1/9-10", "161496012", true)]
    [InlineData("1/9-10", "16149601234", false)]
    [InlineData("N[0-8]xN/10", "2125550123", true)]
    [InlineData("N[0-8]xN/10", "1125550123", false)]
    [InlineData("N[0-8]xN/10", "2925550123", false)]
    [InlineData("N[0-8]xN/10", "2121550123", false)]
    [InlineData("[1-57]/9", "712345678", true)]
    [InlineData("[1-57]/9", "612345678", false)]
    public void Patterns_check_leading_digits_and_length(string pattern, string number, bool matches)
    {
        NumberPattern.Parse(pattern).Matches(Digits(number)).ShouldBe(matches);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("/10")]
    [InlineData("7/")]
    [InlineData("7[1-9/10")]
    [InlineData("7y/10")]
    [InlineData("77777/3")]
    [InlineData("7/10-9")]
    public void Malformed_patterns_are_refused(string pattern)
    {
        Should.Throw<FormatException>(() => NumberPattern.Parse(pattern));
    }

    [Fact]
    public void Every_required_region_has_a_plan()
    {
        NumberingPlans.All.Select(p => p.Region).ShouldBe(["US", "CA", "GB", "IT", "GR", "ID", "DE", "FR", "ES", "NL"], ignoreOrder: true);
        NumberingPlans.Find("gb")!.CountryCode.ShouldBe("44");
        NumberingPlans.Find("PL").ShouldBeNull();
        NumberingPlans.Find(null).ShouldBeNull();
    }

    [Fact]
    public void Every_plan_is_reachable_by_its_country_code()
    {
        foreach (var plan in NumberingPlans.All)
        {
            CountryCallingCodes.LengthAt(Digits(plan.CountryCode + "123456789")).ShouldBe(plan.CountryCode.Length, plan.Region);
        }
    }

    [Theory]
    [InlineData("12125550123", 1)]
    [InlineData("79123456789", 1)]
    [InlineData("447700900123", 2)]
    [InlineData("2348031234567", 3)]
    [InlineData("3598812345", 3)]
    [InlineData("2801234567", 0)]
    [InlineData("0123456789", 0)]
    public void Country_codes_are_read_prefix_free(string number, int length)
    {
        CountryCallingCodes.LengthAt(Digits(number)).ShouldBe(length);
    }

    private static byte[] Digits(string number) => [.. number.Select(c => (byte)(c - '0'))];
}
