using Lantern.Cases.Htcds;

namespace Lantern.Cases.Tests.Htcds;

/// <summary>Lantern's HTCDS enums carry the standard's picklist values letter for letter and in its order.</summary>
public sealed class HtcdsValueTests
{
    private static string[] Picklist(string field)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", "htcds-fields.csv");
        var row = File.ReadLines(path).Select(line => line.Split(',', 7)).Single(cells => cells[3] == field);
        return row[6].Split(';');
    }

    [Fact]
    public void Trafficking_status_values_are_the_standards()
    {
        Enum.GetNames<TraffickingStatus>().ShouldBe(Picklist("vic_TraffickingStatus"));
    }

    [Fact]
    public void Decision_making_organisation_values_are_the_standards()
    {
        Enum.GetNames<DecisionMakingOrganisation>().ShouldBe(Picklist("vic_TraffickingStatusDecisionMakingOrg"));
    }

    [Fact]
    public void Exploitation_type_values_are_the_standards()
    {
        Enum.GetNames<ExploitationType>().ShouldBe(Picklist("vic_TypeOfExploitation"));
    }
}
