using System.CommandLine;
using Lantern.Web.Features.Coalition;

namespace Lantern.Cli;

internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", $"Fill the clearly fictional coalition \"{DemoCoalition.CountryName}\" (idempotent).");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var app = await Host.OpenAsync();
            await DemoCoalition.SeedAsync(app.Services, cancellationToken);
            Console.WriteLine($"The demo coalition \"{DemoCoalition.CountryName}\" is in place.");
            return 0;
        });
        return command;
    }
}
