using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Lantern.Web;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Benchmarks;

/// <summary>
/// Issue target: the coverage page for an area with 5,000 organisations and 20,000 services renders
/// in under 100 ms (median) on SQLite and on PostgreSQL. The real app runs in this process on real
/// Kestrel; every call is a full HTTP round trip with an API token, and the whole body is read.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class CoverageBenchmarks
{
    private WebApplication? app;
    private BenchDatabase? database;
    private HttpClient? client;
    private Uri countryPage = default!;
    private Uri regionPage = default!;
    private Uri countryApi = default!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    // BenchmarkDotNet 0.14.0's in-process toolchain does not await Task-returning setup and cleanup
    // methods (dotnet/BenchmarkDotNet#1738, fixed after 0.14.0), so these block on purpose.
    [GlobalSetup]
    public void Setup()
    {
        try
        {
            SetupAsync().GetAwaiter().GetResult();
        }
        catch
        {
            // A failed setup gets no cleanup call: stop the server and drop the database here.
            Cleanup();
            throw;
        }
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        database = await BenchDatabase.CreateAsync(Provider);
        app = LanternApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Database:Provider={Provider}",
            $"--ConnectionStrings:Lantern={database.ConnectionString}",
            "--RateLimits:PublicPerMinute=1000000",
        ]);
        // The hosted StartupMigration creates the schema and seeds the sub-service catalogue.
        await app.StartAsync();

        var areas = await CoverageData.SeedAsync(app.Services);
        var token = await IssueAdministratorTokenAsync(app.Services);

        // Redirects stay visible: an unauthenticated page request answers 302 to the sign-in page,
        // which must fail the benchmark rather than measure the sign-in form.
        client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(app.Urls.Single()),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        countryPage = new Uri($"/coalition/coverage/{areas.CountryId}", UriKind.Relative);
        regionPage = new Uri($"/coalition/coverage/{areas.RegionId}", UriKind.Relative);
        countryApi = new Uri($"/api/coverage/{areas.CountryId}", UriKind.Relative);

        await CheckDataAsync(areas);
    }

    private async Task CleanupAsync()
    {
        client?.Dispose();
        client = null;
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        if (database is not null)
        {
            await database.DisposeAsync();
            database = null;
        }
    }

    [Benchmark(Description = "Page /coalition/coverage/{country}")]
    public Task<int> CountryPage() => GetAsync(countryPage);

    [Benchmark(Description = "Page /coalition/coverage/{region}")]
    public Task<int> RegionPage() => GetAsync(regionPage);

    [Benchmark(Description = "API /api/coverage/{country}")]
    public Task<int> CountryApi() => GetAsync(countryApi);

    private async Task<int> GetAsync(Uri path)
    {
        using var response = await client!.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} {response.StatusCode}, not 200.");
        }

        return body.Length;
    }

    private static async Task<string> IssueAdministratorTokenAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        const string email = "bench-admin@example.org";
        var errors = await accounts.CreateAsync(email, "benchmark-password-0001", Role.Administrator, "Benchmark administrator");
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Could not create the administrator: " + string.Join("; ", errors));
        }

        var user = await accounts.FindByEmailAsync(email) ?? throw new InvalidOperationException("The administrator was not stored.");
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().IssueAsync(user.Id, "benchmark");
        return issued.Secret;
    }

    /// <summary>Fails early if the seed or the requests are not what the numbers claim to measure.</summary>
    private async Task CheckDataAsync(SeededAreas areas)
    {
        using var json = JsonDocument.Parse(await client!.GetStringAsync(countryApi));
        var counted = json.RootElement.GetProperty("servicesByPillar").EnumerateObject().Sum(p => p.Value.GetInt32());
        if (counted != CoverageData.Services)
        {
            throw new InvalidOperationException($"The country's coverage counts {counted} services, expected all {CoverageData.Services}.");
        }

        using var response = await client.GetAsync(regionPage);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains($"Coverage in {areas.RegionName}", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The region page did not render its coverage ({(int)response.StatusCode}).");
        }
    }
}
