using System.CommandLine;
using Lantern.Web.Data;
using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Demo;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Features.Surveys.Demo;

namespace Lantern.Cli;

internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", $"Fill the clearly fictional coalition \"{DemoCoalition.CountryName}\" and the survey \"{DemoSurvey.Title}\" with made-up responses (idempotent).");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var app = await Host.OpenAsync();
            await DemoData.SeedAsync(app.Services, cancellationToken);
            Console.WriteLine($"The demo coalition \"{DemoCoalition.CountryName}\" and the demo survey are in place.");
            return 0;
        });
        return command;
    }
}
