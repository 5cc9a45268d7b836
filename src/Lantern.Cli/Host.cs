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
        // Commands print their results on stdout for scripts to capture (logs go to stderr), and
        // only problems are logged: EF reports a missing history table as an error on a new database.
        var app = LanternApp.Build([.. hostArgs ?? [], "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical"]);
        if (migrate)
        {
            await DataSetup.MigrateAndSeedAsync(app.Services);
        }

        return app;
    }
}
