using Lantern.Web.Features.Account.Api;
using Lantern.Web.Features.Account.TwoFactor;

namespace Lantern.Web.Features.Account;

public static class AccountSetup
{
    /// <summary>The services behind people's accounts; Identity and the sign-in schemes are set up in <c>AddLanternAuth</c>.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<OrganisationScope>();
        builder.Services.AddScoped<ApiTokenService>();
        builder.Services.AddScoped<TwoFactorPolicy>();
        builder.Services.AddScoped<TwoFactorService>();
        return builder;
    }

    public static void MapAccount(this IEndpointRouteBuilder app) => app.MapAccountEndpoints();
}
