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
    private const string NoPassword = "No password: pass --password-stdin and pipe it in, or run in a terminal to be asked.";

    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (for scripts)." };
        var role = new Option<Role>("--role") { Description = "The role to give.", DefaultValueFactory = _ => Role.Administrator };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation of the service map the person works for, by its name." };
        var create = new Command("create", "Create an account (an administrator unless --role says otherwise).") { email, passwordStdin, role, name, organisation };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var password = ReadPassword(parse.GetValue(passwordStdin));
            if (password is null)
            {
                await Console.Error.WriteLineAsync(NoPassword);
                return 2;
            }

            await using var app = await Host.OpenAsync();
            using var scope = app.Services.CreateScope();
            int? organisationId = null;
            if (parse.GetValue(organisation) is { } organisationName)
            {
                organisationId = await OrganisationNames.IdOfAsync(scope.ServiceProvider, organisationName, cancellationToken);
                if (organisationId is null)
                {
                    return 1;
                }
            }

            var errors = (await scope.ServiceProvider.GetRequiredService<CommandRunner>()
                .RunAsync(new CreateUser(parse.GetValue(email)!, password, parse.GetValue(role), parse.GetValue(name), organisationId), cancellationToken)).Errors.Messages.ToList();
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

        var resetPassword = ForAccount("reset-password", "Set a new password (ends the person's sessions and lockout).", async (user, parse, _, _) =>
        {
            if (ReadPassword(parse.GetValue(passwordStdin)) is { } password)
            {
                return new ResetUserPassword(user.Id, password);
            }

            await Console.Error.WriteLineAsync(NoPassword);
            return null;
        }, "Password reset for {0}.");
        resetPassword.Options.Add(passwordStdin);

        var none = new Option<bool>("--none") { Description = "Take the person out of any organisation." };
        var setOrganisation = ForAccount("set-organisation", "Put a person in an organisation of the service map (--organisation NAME), or in none (--none).",
            async (user, parse, services, cancellationToken) => parse.GetValue(none)
                ? new SetUserOrganisation(user.Id, null)
                : await OrganisationNames.IdOfAsync(services, parse.GetValue(organisation)!, cancellationToken) is { } organisationId
                    ? new SetUserOrganisation(user.Id, organisationId)
                    : null,
            "Organisation set for {0}.");
        setOrganisation.Options.Add(organisation);
        setOrganisation.Options.Add(none);
        setOrganisation.Validators.Add(result =>
        {
            if (result.GetValue(organisation) is null == !result.GetValue(none))
            {
                result.AddError("Give either --organisation NAME or --none.");
            }
        });

        return new Command("admin", "Accounts and API tokens.")
        {
            create,
            token,
            ForAccount("disable", "Deactivate an account: sign-in, open sessions and API tokens stop at once.",
                user => new DeactivateUser(user.Id), "Deactivated {0}."),
            ForAccount("enable", "Reactivate a deactivated account.",
                user => new ReactivateUser(user.Id), "Reactivated {0}."),
            ForAccount("revoke-tokens", "Revoke every API token of an account.",
                user => new RevokeUserTokens(user.Id), "Revoked every API token of {0}."),
            resetPassword,
            ForAccount("reset-two-factor", "Turn off two factors after a lost phone; the person enrols again at the next sign-in if their role requires it.",
                user => new ResetUserTwoFactor(user.Id), "Two factors reset for {0}."),
            setOrganisation,
        };
    }

    private static Command ForAccount(string name, string description, Func<LanternUser, ICommand<string>> change, string done) =>
        ForAccount(name, description, (user, _, _, _) => Task.FromResult<ICommand<string>?>(change(user)), done);

    /// <summary>
    /// A command that finds one account by --email, runs the change <paramref name="change"/> makes
    /// for it (null, once it has said why, when its input is missing or unknown), and prints
    /// <paramref name="done"/> or the problems (exit 1).
    /// </summary>
    private static Command ForAccount(
        string name, string description, Func<LanternUser, ParseResult, IServiceProvider, CancellationToken, Task<ICommand<string>?>> change, string done)
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

            if (await change(user, parse, scope.ServiceProvider, cancellationToken) is not { } command)
            {
                return 1;
            }

            var problems = (await scope.ServiceProvider.GetRequiredService<CommandRunner>().RunAsync(command, cancellationToken)).Errors.Messages.ToList();
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
