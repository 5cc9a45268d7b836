using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Demo;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Features.Surveys.Demo;

namespace Lantern.Web.Data;

/// <summary>Everything the demo fills, in one place for the server's --demo and the CLI's demo command. Idempotent.</summary>
public static class DemoData
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await DemoCoalition.SeedAsync(services, cancellationToken);
        await DemoSurvey.SeedAsync(services, cancellationToken);
    }
}
