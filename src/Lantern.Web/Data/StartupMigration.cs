namespace Lantern.Web.Data;

/// <summary>
/// Brings the database up to date before the server takes requests, however the app is hosted
/// (dotnet run, lantern serve, a test host). With Lantern:Demo=true it also fills the demo coalition and the demo survey.
/// </summary>
public sealed class StartupMigration(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DataSetup.MigrateAndSeedAsync(services, cancellationToken);
        if (configuration.GetValue<bool>("Lantern:Demo"))
        {
            await DemoData.SeedAsync(services, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
