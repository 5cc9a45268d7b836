using System.Text.RegularExpressions;
using Lantern.Cli.Tests.Infrastructure;

namespace Lantern.Cli.Tests;

/// <summary>What needs no database: the command line describes itself.</summary>
public sealed class HelpTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        var result = await CliProcess.RunAsync(["--help"]);

        result.ExitCode.ShouldBe(0, result.ToString());
        foreach (var command in new[] { "serve", "db", "admin", "demo", "import", "export" })
        {
            // Each command starts an indented line of the "Commands:" section.
            Regex.IsMatch(result.Stdout, $@"^\s+{command}\b", RegexOptions.Multiline).ShouldBeTrue($"--help should list {command}:{Environment.NewLine}{result}");
        }
    }
}
