using Lantern.Web;
using Lantern.Web.Data;
using Microsoft.AspNetCore.Builder;

namespace Lantern.Cli;

/// <summary>
/// Commands work on the same composition as the server, so they read the same configuration
/// (appsettings.json, ConnectionStrings__Lantern, Database__Provider) and touch the same database.
/// </summary>
internal static class Host
{
    public static async Task<WebApplication> OpenAsync(string[]? hostArgs = null, bool migrate = true)
    {
        var app = LanternApp.Build(hostArgs ?? []);
        if (migrate)
        {
            await DataSetup.MigrateAndSeedAsync(app.Services);
        }

        return app;
    }
}
