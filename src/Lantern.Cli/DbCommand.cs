using System.CommandLine;
using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

internal static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending schema migrations and seed the reference data.");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await using var services = Host.OpenData();
            var applied = await DataSetup.MigrateAndSeedAsync(services, cancellationToken);
            Console.WriteLine(applied.Count == 0 ? "The schema is up to date." : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        });

        var status = new Command("status", "List applied and pending migrations.");
        status.SetAction(async (_, cancellationToken) =>
        {
            await using var services = Host.OpenData();
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            Console.WriteLine($"Provider: {db.Database.ProviderName}");
            foreach (var id in applied)
            {
                Console.WriteLine($"  applied  {id}");
            }

            foreach (var id in pending)
            {
                Console.WriteLine($"  pending  {id}");
            }

            return 0;
        });

        return new Command("db", "Database schema.") { migrate, status };
    }
}
