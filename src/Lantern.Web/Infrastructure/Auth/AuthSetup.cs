using System.Security.Claims;
using Lantern.Web.Data;
using Lantern.Web.Features.Account;
using Lantern.Web.Features.Account.Passwords;
using Lantern.Web.Features.Account.TwoFactor;
using Lantern.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lantern.Web.Infrastructure.Auth;

public static class AuthSetup
{
    private const string SelectorScheme = "Lantern";

    public static WebApplicationBuilder AddLanternAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectorScheme;
                options.DefaultChallengeScheme = SelectorScheme;
                options.DefaultForbidScheme = SelectorScheme;
            })
            // One default scheme that picks the bearer handler when a token is sent, the cookie otherwise.
            .AddPolicyScheme(SelectorScheme, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context =>
                    ApiTokenAuthenticationHandler.TryReadBearer(context.Request, out _)
                        ? ApiTokenAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "lantern.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // Scripts get status codes, people get pages.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            cookie.Events.OnSignedIn = context => RecordAsync(context.HttpContext, AuditAction.SignIn, context.Principal);
            cookie.Events.OnSigningOut = context => RecordAsync(context.HttpContext, AuditAction.SignOut, context.HttpContext.User);
            cookie.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        });

        // "Remember this device": 30 days, checked against the authenticator key (LanternSignInManager), not the security stamp.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, cookie =>
        {
            cookie.Cookie.Name = "lantern.device";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
            cookie.SlidingExpiration = false;
            cookie.Events.OnValidatePrincipal = _ => Task.CompletedTask;
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = "lantern.2fa";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddIdentityCore<LanternUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.ProviderName;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LanternDbContext>()
            .AddSignInManager<LanternSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.ProviderName)
            .AddPasswordValidator<PasswordRules>();
        services.Replace(ServiceDescriptor.Scoped<IUserStore<LanternUser>, ProtectedTokenUserStore>());

        services.AddSingleton<IAuthorizationHandler, RecentSignInHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            // Nothing is public unless it says so with [AllowAnonymous] / AllowAnonymous().
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddRecentSignInPolicy();
        services.AddCascadingAuthenticationState();
        services.AddSingleton(TimeProvider.System);
        return builder;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApiRequest(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task RecordAsync(HttpContext context, AuditAction action, ClaimsPrincipal? user) =>
        context.RequestServices.GetRequiredService<AuditLog>().RecordAsync(
            AuditActor.From(context, user), new AuditEntry(action, "User", user?.FindFirstValue(ClaimTypes.NameIdentifier)), context.RequestAborted);

    public static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments("/health");
}
