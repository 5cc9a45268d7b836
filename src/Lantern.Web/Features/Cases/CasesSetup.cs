using Lantern.Web.Features.Cases.Api;

namespace Lantern.Web.Features.Cases;

/// <summary>
/// Identification and case work. Today: the screening checklist and its proposal, which store
/// nothing; case records, consent and their tables come next (docs/identification.md).
/// </summary>
public static class CasesSetup
{
    public static void MapCases(this IEndpointRouteBuilder app) => app.MapScreeningApi();
}
