using System.Net;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Infrastructure.Security;

/// <summary>The keys that sign cookies live in the database, encrypted, and every instance on that database shares them.</summary>
public abstract class KeyRingTests(LanternFactory app)
{
    [Fact]
    public async Task The_key_ring_is_stored_in_the_database_encrypted_with_the_certificate()
    {
        await app.BrowserAs(Role.Viewer);

        var keys = await app.Db(db => db.DataProtectionKeys.AsNoTracking().ToListAsync());
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(key => key.Xml!.Contains("EncryptedData") && !key.Xml.Contains("<masterKey"));
    }

    [Fact]
    public async Task A_second_instance_on_the_same_database_accepts_the_first_instances_session()
    {
        var email = await app.EnsureUser(Role.Viewer);
        var jar = new CookieContainer();
        await app.SignInAsync(app.BrowserWith(jar), email);
        var cookie = $"lantern.auth={jar.GetAllCookies().Single(c => c.Name == "lantern.auth").Value}";

        await using var second = new SecondInstance(app);
        var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        (await client.GetAsync("/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A forged cookie is still refused, so the OK above is the key ring's doing.
        var forged = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        forged.DefaultRequestHeaders.Add("Cookie", cookie[..^8] + "AAAAAAAA");
        (await forged.GetAsync("/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Another app instance on the first one's database, as a second server behind a load balancer.</summary>
    private sealed class SecondInstance(LanternFactory first) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", first.Provider.ToString());
            builder.UseSetting("ConnectionStrings:Lantern", first.Database.ConnectionString);
        }
    }
}

public sealed class KeyRingTestsOnSqlite(SqliteApp app) : KeyRingTests(app), IClassFixture<SqliteApp>;

public sealed class KeyRingTestsOnPostgres(PostgresApp app) : KeyRingTests(app), IClassFixture<PostgresApp>;
