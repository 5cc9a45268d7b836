using Lantern.Web.Features.Advocacy.Api;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Queries;

namespace Lantern.Web.Features.Advocacy;

public static class AdvocacySetup
{
    public static WebApplicationBuilder AddAdvocacy(this WebApplicationBuilder builder)
    {
        // Access checks and the campaign editor read the signed-in user from the request; the commands'
        // handlers are registered with every other command by AddLanternCommands.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CampaignAccess>();
        builder.Services.AddScoped<CampaignEditor>();
        builder.Services.AddScoped<DashboardQuery>();
        builder.Services.AddScoped<StrategyLoader>();
        return builder;
    }

    public static void MapAdvocacy(this IEndpointRouteBuilder app)
    {
        app.MapAdvocacyForms();
        app.MapEvidenceFiles();
        app.MapStrategyExports();
        app.MapSocialCards();
        app.MapCampaignsApi();
    }
}
