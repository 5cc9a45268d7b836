using System.Globalization;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Commands.Instruments;
using Lantern.Web.Features.Surveys.Commands.Responses;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Responses;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Demo;

/// <summary>The engagement survey with 48 made-up respondents (the study's analysed n), so the analysis pages have data.</summary>
public static class DemoSurvey
{
    public const string Title = "Anti-trafficking engagement survey (demo)";
    public const int Respondents = 48;

    private const string SubmittedAtColumn = "submitted_at";

    /// <summary>Creates the template's instrument under the demo's title and imports the made-up responses, as a person would.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var commands = scope.ServiceProvider.GetRequiredService<CommandRunner>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (await db.Surveys.AnyAsync(s => s.Title == Title, cancellationToken))
        {
            return;
        }

        var survey = Done(await commands.RunAsync(new CreateSurveyFromTemplate(Title), cancellationToken));
        var (table, mapping) = SimulatedTable(survey, now);
        Done(await commands.RunAsync(new ImportResponses(survey.Id, table, mapping), cancellationToken));
    }

    /// <summary>The simulated respondents as an uploaded table would hold them, one column per item, spread over the study's four weeks of collection.</summary>
    private static (Table Table, ResponseMapping Mapping) SimulatedTable(Survey survey, DateTime now)
    {
        var names = survey.Items.Select(i => i.Name).ToList();
        var people = SimulatedRespondents.Generate(Respondents, seed: 2020);
        var rows = people.Select((answers, i) => new TableRow(i + 2, new Dictionary<string, string>(answers, StringComparer.Ordinal)
        {
            [SubmittedAtColumn] = now.AddDays(-28 + i * 28 / people.Count).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })).ToList();
        return (new Table([.. names, SubmittedAtColumn], rows), new ResponseMapping(names.ToDictionary(name => name, name => name, StringComparer.Ordinal), SubmittedAtColumn));
    }

    private static T Done<T>(CommandResult<T> result) => result.Succeeded
        ? result.Value!
        : throw new InvalidOperationException($"The demo survey could not be seeded: {string.Join("; ", result.Errors.Messages)}");
}
