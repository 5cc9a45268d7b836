using Lantern.Testing;
using System.Net;
using System.Net.Http.Headers;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over a real database, one per test class. Offers what tests need most: clients
/// signed in as a role (by API token or by the sign-in form), and direct access to the database.
/// The fixture's users have two factors with a known key (<see cref="TwoFactorCodes.FixtureKey"/>),
/// and sign in with password and code like anyone else.
/// </summary>
public abstract class LanternFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "a long test password";

    private readonly Dictionary<Role, string> tokens = [];
    private readonly Dictionary<string, long> lastCodeSteps = [];
    private readonly Dictionary<string, (CookieContainer Cookies, DateTimeOffset SignedInAt)> sessions = [];
    private TestDatabase? database;

    public DatabaseProvider Provider => provider;

    /// <summary>The database the app runs on, e.g. to point a second process at it.</summary>
    public TestDatabase Database => database ?? throw new InvalidOperationException("The database is created when the fixture starts.");

    /// <summary>Settings a test class may add (e.g. a low rate limit); applied over the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        Start();
    }

    /// <summary>Starts the host, which migrates the database; in memory unless the class chose Kestrel (<see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(int)"/>).</summary>
    protected virtual void Start() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Lantern", database!.ConnectionString);
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicPerMinute", "100000");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client that sends the API token of a user who has exactly <paramref name="role"/>.</summary>
    public async Task<HttpClient> ApiAs(Role role)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(role));
        return client;
    }

    /// <summary>
    /// A cookie client signed in as a user who has exactly <paramref name="role"/>, through the real
    /// sign-in form with password and code. The app accepts each code once, so the session of the
    /// first sign-in in a class is handed on to later browsers (each with its own copy of the
    /// cookies) while it still works and is recent.
    /// </summary>
    public async Task<Browser> BrowserAs(Role role)
    {
        var email = await EnsureUser(role);
        if (sessions.TryGetValue(email, out var session) && DateTimeOffset.UtcNow - session.SignedInAt < TimeSpan.FromMinutes(10))
        {
            var reused = BrowserWith(Copy(session.Cookies));
            if ((await reused.Client.GetAsync("/account")).StatusCode == HttpStatusCode.OK)
            {
                return reused;
            }
        }

        var cookies = new CookieContainer();
        var browser = BrowserWith(cookies);
        await SignInAsync(browser, email);
        sessions[email] = (Copy(cookies), DateTimeOffset.UtcNow);
        return browser;
    }

    /// <summary>Signs <paramref name="browser"/> in through the form, answering the code step with the fixture's key when asked.</summary>
    public async Task<Browser> SignInAsync(Browser browser, string email, string password = Password, string key = TwoFactorCodes.FixtureKey)
    {
        var response = await browser.SubmitAsync("/account/sign-in", "sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signing in should redirect");
        var next = Browser.PathOf(response.Headers.Location!);
        if (next.StartsWith("/account/sign-in/code", StringComparison.Ordinal))
        {
            var code = await browser.SubmitAsync(next, "code", new Dictionary<string, string> { ["Code.Code"] = await NextCodeAsync(email, key) });
            code.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the code should be accepted");
        }

        return browser;
    }

    /// <summary>
    /// A code the app accepts for the account now. The app refuses a time step at or before the last
    /// one it accepted, and accepts the current and the next step: so at most two code sign-ins per
    /// account every 30 seconds, and this waits for the clock when both are used.
    /// </summary>
    public async Task<string> NextCodeAsync(string email, string key = TwoFactorCodes.FixtureKey)
    {
        while (true)
        {
            lock (lastCodeSteps)
            {
                var now = TwoFactorCodes.StepNow();
                var step = lastCodeSteps.TryGetValue(email, out var last) ? Math.Max(now, last + 1) : now;
                if (step <= now + 1)
                {
                    lastCodeSteps[email] = step;
                    return TwoFactorCodes.CodeAt(key, step);
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public Browser AnonymousBrowser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A browser whose cookies the test can see and copy.</summary>
    public Browser BrowserWith(CookieContainer cookies) => new(CreateDefaultClient(new CookieContainerHandler(cookies)));

    public static CookieContainer Copy(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }

    /// <summary>The fixture's user with exactly <paramref name="role"/>, with two factors on (key <see cref="TwoFactorCodes.FixtureKey"/>).</summary>
    public async Task<string> EnsureUser(Role role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}@lantern.test";
        await WithScope(async services =>
        {
            var accounts = services.GetRequiredService<AccountService>();
            if (await accounts.FindByEmailAsync(email) is null)
            {
                (await accounts.CreateAsync(email, Password, role)).ShouldBeEmpty();
                await EnrolAsync(services, email, TwoFactorCodes.FixtureKey);
            }
        });
        return email;
    }

    /// <summary>A new account of its own for a test that changes it, with two factors (key <see cref="TwoFactorCodes.FixtureKey"/>) when asked.</summary>
    public async Task<string> NewUserAsync(Role role, bool twoFactors)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@lantern.test";
        await WithScope(async services =>
        {
            (await services.GetRequiredService<AccountService>().CreateAsync(email, Password, role)).ShouldBeEmpty();
            if (twoFactors)
            {
                await EnrolAsync(services, email, TwoFactorCodes.FixtureKey);
            }
        });
        return email;
    }

    public Task<string> UserIdAsync(string email) =>
        WithScope(async services => (await services.GetRequiredService<AccountService>().FindByEmailAsync(email))!.Id);

    /// <summary>Gives an account two factors with a known key, as if its owner had enrolled.</summary>
    public static async Task EnrolAsync(IServiceProvider services, string email, string key)
    {
        var users = services.GetRequiredService<UserManager<LanternUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        (await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key)).Succeeded.ShouldBeTrue();
        (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded.ShouldBeTrue();
    }

    public async Task<string> TokenFor(Role role)
    {
        if (!tokens.TryGetValue(role, out var token))
        {
            var email = await EnsureUser(role);
            token = await WithScope(async services =>
            {
                var user = await services.GetRequiredService<AccountService>().FindByEmailAsync(email);
                return (await services.GetRequiredService<ApiTokenService>().IssueAsync(user!.Id, "tests")).Secret;
            });
            tokens[role] = token;
        }

        return token;
    }

    public Task WithScope(Func<IServiceProvider, Task> action) => WithScope(async services =>
    {
        await action(services);
        return true;
    });

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> Db<T>(Func<LanternDbContext, Task<T>> query) =>
        WithScope(services => query(services.GetRequiredService<LanternDbContext>()));

    public Task InsertAsync(params object[] entities) => Db(async db =>
    {
        db.AddRange(entities);
        return await db.SaveChangesAsync();
    });

    public Task<T?> FindAsync<T>(int id) where T : class => Db(db => db.Set<T>().FindAsync(id).AsTask());

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed class SqliteApp() : LanternFactory(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : LanternFactory(DatabaseProvider.Postgres);
