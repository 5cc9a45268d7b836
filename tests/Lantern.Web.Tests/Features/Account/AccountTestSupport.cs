using System.Net;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

internal static class AccountTestSupport
{
    public static Dictionary<string, string> SignInFields(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    /// <summary>Whether the browser's session still opens a members' page (a sign-in redirect says it does not).</summary>
    public static async Task<bool> IsSignedInAsync(this Browser browser)
    {
        var response = await browser.Client.GetAsync("/coalition/organisations");
        return response.StatusCode == HttpStatusCode.OK;
    }

    public static async Task SignOutAsync(this Browser browser)
    {
        var token = await browser.AntiforgeryTokenAsync("/account");
        (await browser.PostAsync("/account/sign-out", [new("__RequestVerificationToken", token)])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    public static HttpClient ApiWith(this LanternFactory app, string secret)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        return client;
    }

    public static Task<string> IssueTokenAsync(this LanternFactory app, string email) => app.WithScope(async services =>
    {
        var id = await app.UserIdAsync(email);
        return (await services.GetRequiredService<Lantern.Web.Features.Account.ApiTokenService>().IssueAsync(id, "script")).Secret;
    });

    public static Task<List<AuditRecord>> AuditOfAsync(this LanternFactory app, string entityType, string entityIdPrefix) =>
        app.Db(db => db.Set<AuditRecord>().AsNoTracking()
            .Where(r => r.EntityType == entityType && r.EntityId != null && r.EntityId.StartsWith(entityIdPrefix))
            .OrderBy(r => r.Id).ToListAsync());
}

/// <summary>A host whose clock a test can move forward, to make a sign-in old.</summary>
public sealed class ClockedApp() : LanternFactory(DatabaseProvider.Sqlite)
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
