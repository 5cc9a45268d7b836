using Lantern.Web;
using Lantern.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Lantern.Cli;

/// <summary>
/// Commands work on the same composition as the server, so they read the same configuration
/// (appsettings.json, ConnectionStrings__Lantern, Database__Provider) and touch the same database.
/// </summary>
internal static class Host
{
    public static async Task<WebApplication> OpenAsync(string[]? hostArgs = null, bool migrate = true)
    {
        // Commands print their results on stdout for scripts to capture, so logs go to stderr, and
        // only problems are logged: EF reports a missing history table as an error on a new database.
        var app = LanternApp.Build([.. hostArgs ?? [], "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical"], builder =>
            builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        if (migrate)
        {
            await DataSetup.MigrateAndSeedAsync(app.Services);
        }

        return app;
    }
}
