using System.Text.Json.Serialization;
using Lantern.Web.Components;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Features.Admin;
using Lantern.Web.Features.Advocacy;
using Lantern.Web.Features.Cases;
using Lantern.Web.Features.Coalition;
using Lantern.Web.Features.Coalition.Model;
using Lantern.Web.Features.Health;
using Lantern.Web.Features.Knowledge;
using Lantern.Web.Features.Surveys;
using Lantern.Web.Infrastructure.Assets;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Errors;
using Lantern.Web.Infrastructure.Forms;
using Lantern.Web.Infrastructure.Logging;
using Lantern.Web.Infrastructure.Security;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.Extensions.Configuration.Memory;

namespace Lantern.Web;

/// <summary>The whole app, wired once: Program.cs, the CLI's <c>serve</c> and the end-to-end tests all use it.</summary>
public static class LanternApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <param name="configure">Last changes to the services before the app is built (the CLI records its changes as its own).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Quiet defaults that appsettings.json, environment variables or arguments can override.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                // Lantern's request line replaces ASP.NET Core's per-request lines; EF Core's command lines would repeat every query.
                ["Logging:LogLevel:Microsoft"] = "Warning",
                // Where the server listens and that it stopped.
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
                // ASP.NET Core's authentication handlers log every challenge at Information; the request line shows the 401.
                ["Logging:LogLevel:Lantern.Web.Infrastructure.Auth.ApiTokenAuthenticationHandler"] = "Warning",
            },
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddLanternLogging();
        builder.AddLanternData();
        builder.Services.AddLanternCommands();
        builder.Services.AddHostedService<StartupMigration>();
        builder.AddLanternKeyRing();
        builder.AddLanternReverseProxy();
        builder.AddLanternAuth();
        builder.AddAccounts();
        builder.AddLanternRateLimits();
        builder.AddKnowledgeBase();
        builder.AddCoalition();
        builder.AddAdvocacy();
        builder.AddSurveys();
        builder.Services.Configure<SpreadsheetLimits>(builder.Configuration.GetSection(SpreadsheetLimits.Section));
        builder.Services.AddRazorComponents();
        builder.Services.AddLanternFormCompletion();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "lantern.af";
            // ASP.NET Core never marks this cookie Secure by default; behind a TLS proxy the request is HTTPS once forwarded.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseLanternReverseProxy();
        app.UseLanternRequestLogging();
        app.UseLanternErrors();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseTwoFactorEnrolment();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapAssets();
        app.MapOpenApi().AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        app.MapHealth();
        app.MapAccount();
        app.MapKnowledge();
        app.MapCases();
        app.MapCoalition();
        app.MapAdvocacy();
        app.MapSurveys();
        app.MapAdmin();
        app.MapRazorComponents<App>();
        return app;
    }

    /// <summary>"--demo" on the command line is short for the setting Lantern:Demo=true.</summary>
    public static string[] ExpandShortcuts(IEnumerable<string> args) =>
        [.. args.Select(arg => arg == "--demo" ? "--Lantern:Demo=true" : arg)];
}
