namespace Lantern.Web.Features.Coalition.Model;

/// <summary>Display names and stable export codes for the enums of the service map.</summary>
public static class Labels
{
    public static string Of(Population population) => population switch
    {
        Population.WomenAndGirls => "Women and girls",
        Population.Children => "Children",
        Population.MigrantsAndRefugees => "Migrants and refugees",
        Population.IndigenousCommunities => "Indigenous communities",
        Population.Lgbtq2 => "LGBTQ2+ people",
        Population.PeopleWithDisabilities => "People with disabilities",
        Population.MenAndBoys => "Men and boys",
        Population.AtRiskWorkers => "Workers in at-risk industries",
        _ => population.ToString(),
    };

    public static string Of(OrganisationType type) => type switch
    {
        OrganisationType.Ngo => "NGO",
        OrganisationType.Government => "Government",
        OrganisationType.LawEnforcement => "Law enforcement",
        OrganisationType.FaithBased => "Faith-based",
        OrganisationType.Business => "Business",
        OrganisationType.International => "International organisation",
        OrganisationType.Academic => "Academic",
        _ => type.ToString(),
    };

    /// <summary>"women-and-girls" for Population.WomenAndGirls: the code used in files and URLs.</summary>
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParseCode<TEnum>(string? code, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
