using System.CommandLine;
using Lantern.Web;

namespace Lantern.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Fill a clearly fictional coalition so the pages have something to show." };
        var command = new Command("serve", "Run the web app (default http://127.0.0.1:5080; pass --urls to change it).") { demo };
        // Anything else (--urls, --environment, configuration keys) goes to the web host as is.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var hostArgs = parse.UnmatchedTokens.ToList();
            if (parse.GetValue(demo))
            {
                hostArgs.Add("--demo");
            }

            await LanternApp.Build(LanternApp.ExpandShortcuts(hostArgs)).RunAsync();
            return 0;
        });
        return command;
    }
}
