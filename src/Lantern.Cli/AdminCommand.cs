using System.CommandLine;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.Commands;
using Lantern.Web.Features.Admin.Commands;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantern.Cli;

internal static class AdminCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (for scripts)." };
        var role = new Option<Role>("--role") { Description = "The role to give.", DefaultValueFactory = _ => Role.Administrator };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var create = new Command("create", "Create an account (an administrator unless --role says otherwise).") { email, passwordStdin, role, name };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var password = ReadPassword(parse.GetValue(passwordStdin));
            if (password is null)
            {
                await Console.Error.WriteLineAsync("No password: pass --password-stdin and pipe it in, or run in a terminal to be asked.");
                return 2;
            }

            await using var app = await Host.OpenAsync();
            using var scope = app.Services.CreateScope();
            var errors = (await scope.ServiceProvider.GetRequiredService<CommandRunner>()
                .RunAsync(new CreateUser(parse.GetValue(email)!, password, parse.GetValue(role), parse.GetValue(name)), cancellationToken)).Errors.Messages.ToList();
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            if (errors.Count == 0)
            {
                Console.WriteLine($"Created {parse.GetValue(email)} ({parse.GetValue(role)}).");
            }

            return errors.Count == 0 ? 0 : 1;
        });

        var tokenEmail = new Option<string>("--email") { Description = "Whose token.", Required = true };
        var tokenName = new Option<string>("--name") { Description = "What the token is for.", DefaultValueFactory = _ => "command line" };
        var token = new Command("token", "Issue a personal API token and print it once.") { tokenEmail, tokenName };
        token.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await Host.OpenAsync();
            using var scope = app.Services.CreateScope();
            var user = await scope.ServiceProvider.GetRequiredService<AccountService>().FindByEmailAsync(parse.GetValue(tokenEmail)!);
            if (user is null)
            {
                await Console.Error.WriteLineAsync($"No account with email {parse.GetValue(tokenEmail)}.");
                return 1;
            }

            var issued = await scope.ServiceProvider.GetRequiredService<CommandRunner>().RunAsync(new IssueApiToken(user.Id, parse.GetValue(tokenName)!), cancellationToken);
            foreach (var problem in issued.Errors.Messages)
            {
                await Console.Error.WriteLineAsync(problem);
            }

            if (issued.Succeeded)
            {
                Console.WriteLine(issued.Value!.Secret);
            }

            return issued.Succeeded ? 0 : 1;
        });

        var resetPassword = ForAccount("reset-password", "Set a new password (ends the person's sessions and lockout).", (user, parse) =>
            ReadPassword(parse.GetValue(passwordStdin)) is { } password ? new ResetUserPassword(user.Id, password) : null,
            "Password reset for {0}.");
        resetPassword.Options.Add(passwordStdin);

        return new Command("admin", "Accounts and API tokens.")
        {
            create,
            token,
            ForAccount("disable", "Deactivate an account: sign-in, open sessions and API tokens stop at once.",
                (user, _) => new DeactivateUser(user.Id), "Deactivated {0}."),
            ForAccount("enable", "Reactivate a deactivated account.",
                (user, _) => new ReactivateUser(user.Id), "Reactivated {0}."),
            ForAccount("revoke-tokens", "Revoke every API token of an account.",
                (user, _) => new RevokeUserTokens(user.Id), "Revoked every API token of {0}."),
            resetPassword,
            ForAccount("reset-two-factor", "Turn off two factors after a lost phone; the person enrols again at the next sign-in if their role requires it.",
                (user, _) => new ResetUserTwoFactor(user.Id), "Two factors reset for {0}."),
        };
    }

    /// <summary>
    /// A command that finds one account by --email, runs the change <paramref name="change"/> makes
    /// for it (null when its input is missing), and prints <paramref name="done"/> or the problems (exit 1).
    /// </summary>
    private static Command ForAccount(string name, string description, Func<LanternUser, ParseResult, ICommand<string>?> change, string done)
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var command = new Command(name, description) { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await Host.OpenAsync();
            using var scope = app.Services.CreateScope();
            var user = await scope.ServiceProvider.GetRequiredService<AccountService>().FindByEmailAsync(parse.GetValue(email)!);
            if (user is null)
            {
                await Console.Error.WriteLineAsync($"No account with email {parse.GetValue(email)}.");
                return 1;
            }

            var problems = change(user, parse) is { } command
                ? (await scope.ServiceProvider.GetRequiredService<CommandRunner>().RunAsync(command, cancellationToken)).Errors.Messages.ToList()
                : ["No password: pass --password-stdin and pipe it in, or run in a terminal to be asked."];
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync(problem);
            }

            if (problems.Count == 0)
            {
                Console.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, done, user.Email));
            }

            return problems.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static string? ReadPassword(bool fromStdin)
    {
        if (fromStdin)
        {
            return Console.In.ReadLine()?.TrimEnd('\r', '\n');
        }

        if (Console.IsInputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return null;
        }

        var first = AnsiConsole.Prompt(new TextPrompt<string>("Password (at least 12 characters):").Secret());
        var second = AnsiConsole.Prompt(new TextPrompt<string>("Password again:").Secret());
        if (first != second)
        {
            AnsiConsole.MarkupLine("[red]The two passwords differ.[/]");
            return null;
        }

        return first;
    }
}
