using Lantern.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.E2E;

/// <summary>
/// The real app on real Kestrel (a free port on 127.0.0.1, a fresh SQLite file) and one headless
/// Chromium from the operating system, shared by every test in <see cref="LanternCollection"/>.
/// </summary>
public sealed class LanternServer : IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"lantern-e2e-{Guid.NewGuid():N}.db");
    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/ (with the trailing slash, so relative paths resolve under it).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The running app's services, for arranging data a journey starts from.</summary>
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        // Fail before anything starts: a missing browser is a broken machine, not a reason to skip.
        var chromium = Environment.GetEnvironmentVariable("LANTERN_CHROMIUM") ?? DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. The end-to-end tests need it: run ./test.sh, which installs it " +
                "(or apt-get install -y chromium), or set LANTERN_CHROMIUM to the path of a Chromium binary.");
        }

        try
        {
            await StartAsync(chromium);
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed; do not leave a server or a file behind.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync(string chromium)
    {
        app = LanternApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Lantern=Data Source=" + databasePath,
            "--RateLimits:SignInPerMinute=1000",
            "--RateLimits:PublicPerMinute=10000",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without reporting an address.");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (no cookies: an anonymous visitor) with one page, ~1280 px wide.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
            browser = null;
        }

        playwright?.Dispose();
        playwright = null;

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        // Pooled connections keep the file open; release them before deleting the database.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(databasePath + suffix);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LanternCollection : ICollectionFixture<LanternServer>
{
    public const string Name = "Lantern server and browser";
}
