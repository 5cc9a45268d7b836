using System.CommandLine;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Features.Coalition.Transfer;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantern.Cli;

internal static class TransferCommands
{
    public static Command CreateImport()
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV (UTF-8) or XLSX file in the layout of an export." };
        var command = new Command("import", "Import organisations and services, all or nothing.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var format = FormatOf(path);
            if (!path.Exists || format is null)
            {
                await Console.Error.WriteLineAsync($"{path.FullName}: expected an existing .csv or .xlsx file.");
                return 2;
            }

            await using var app = await Host.OpenAsync();
            using var scope = app.Services.CreateScope();
            var commands = scope.ServiceProvider.GetRequiredService<CommandRunner>();
            var content = await File.ReadAllBytesAsync(path.FullName, cancellationToken);
            var report = (await AnsiConsole.Status().StartAsync($"Checking {path.Name}…", async _ =>
                await commands.RunAsync(new ImportOrganisations(content, format.Value), cancellationToken))).Value!;
            if (report.Applied)
            {
                Console.WriteLine($"Imported {report.OrganisationsCreated} new and {report.OrganisationsUpdated} updated organisations, {report.ServicesCreated} new services ({report.ServicesAlreadyPresent} already present).");
                return 0;
            }

            await Console.Error.WriteLineAsync($"Nothing was imported; {report.Problems.Count} problem(s):");
            foreach (var problem in report.Problems)
            {
                await Console.Error.WriteLineAsync($"{path.Name}: {problem}");
            }

            return 1;
        });
        return command;
    }

    public static Command CreateExport()
    {
        var output = new Option<FileInfo>("--out") { Description = "Where to write; .csv or .xlsx.", Required = true };
        var command = new Command("export", "Export organisations and services (formula-safe).") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(output)!;
            var format = FormatOf(path);
            if (format is null)
            {
                await Console.Error.WriteLineAsync($"{path.Name}: the file name must end in .csv or .xlsx.");
                return 2;
            }

            await using var app = await Host.OpenAsync();
            using var scope = app.Services.CreateScope();
            var rows = await scope.ServiceProvider.GetRequiredService<OrganisationExport>().RowsAsync(cancellationToken);
            await using (var stream = path.Create())
            {
                await TableExport.WriteAsync(stream, format.Value, TransferColumns.All, rows);
            }

            Console.WriteLine($"Wrote {path.FullName}.");
            return 0;
        });
        return command;
    }

    /// <summary>Files on the command line are named by what they are: .csv or .xlsx, nothing else.</summary>
    private static TableFormat? FormatOf(FileInfo file) => file.Extension.ToLowerInvariant() switch
    {
        ".csv" => TableFormat.Csv,
        ".xlsx" => TableFormat.Xlsx,
        _ => null,
    };
}
