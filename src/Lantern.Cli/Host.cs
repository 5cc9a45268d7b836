using Lantern.Web;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Lantern.Cli;

/// <summary>
/// Commands read the same configuration as the server (appsettings.json, ConnectionStrings__Lantern,
/// Database__Provider) and touch the same database; what they change is recorded as done from the command line.
/// </summary>
internal static class Host
{
    /// <summary>The whole app's services, for commands that use its features (accounts, import, demo).</summary>
    public static async Task<WebApplication> OpenAsync(string[]? hostArgs = null)
    {
        // Commands print their results on stdout for scripts to capture (logs go to stderr), and
        // only problems are logged: EF reports a missing history table as an error on a new database.
        var app = LanternApp.Build([.. hostArgs ?? [], "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical"],
            builder => builder.Services.Replace(ServiceDescriptor.Singleton(new BackgroundAuditActor(AuditActor.Cli))));
        await DataSetup.MigrateAndSeedAsync(app.Services);
        return app;
    }

    /// <summary>The data layer alone, for commands about the database itself (migrate, status, audit): no web host is built.</summary>
    public static ServiceProvider OpenData()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical))
            .AddSingleton(new BackgroundAuditActor(AuditActor.Cli));
        services.AddLanternData();
        return services.BuildServiceProvider();
    }
}
