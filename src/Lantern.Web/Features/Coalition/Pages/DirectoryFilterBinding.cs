using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Features.Coalition.Queries;

namespace Lantern.Web.Features.Coalition.Pages;

/// <summary>Turns the directory's query string into a filter; unknown values are ignored, not errors.</summary>
public static class DirectoryFilterBinding
{
    public static DirectoryFilter FromQuery(IQueryCollection query) => new(
        Text: Clip(query["q"], 200),
        SubService: Clip(query["sub"], 64),
        Pillar: Enum.TryParse<Pillar>(query["pillar"], ignoreCase: true, out var pillar) && Enum.IsDefined(pillar) ? pillar : null,
        AreaId: int.TryParse(query["area"], out var area) ? area : null,
        Population: Labels.TryParseCode<Population>(query["population"], out var population) ? population : null,
        Language: Clip(query["language"], 3),
        ReferralsOnly: query["referrals"] == "true");

    private static string? Clip(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length > max ? value[..max] : value.Trim();
}
