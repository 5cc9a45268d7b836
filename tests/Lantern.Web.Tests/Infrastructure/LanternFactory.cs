using Lantern.Testing;
using System.Net.Http.Headers;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over a real database, one per test class. Offers what tests need most: clients
/// signed in as a role (by API token or by the sign-in form), and direct access to the database.
/// </summary>
public abstract class LanternFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "a long test password";

    private readonly Dictionary<Role, string> tokens = [];
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

    /// <summary>A cookie client signed in through the real sign-in form.</summary>
    public async Task<Browser> BrowserAs(Role role)
    {
        var email = await EnsureUser(role);
        var browser = new Browser(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await browser.SubmitAsync("/account/sign-in", "sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, "signing in should redirect");
        return browser;
    }

    public Browser AnonymousBrowser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<string> EnsureUser(Role role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}@lantern.test";
        await WithScope(async services =>
        {
            var accounts = services.GetRequiredService<AccountService>();
            if (await accounts.FindByEmailAsync(email) is null)
            {
                (await accounts.CreateAsync(email, Password, role)).ShouldBeEmpty();
            }
        });
        return email;
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
