using Lantern.Web.Features.Coalition.Api;
using Lantern.Web.Features.Coalition.Queries;
using Lantern.Web.Features.Coalition.Transfer;

namespace Lantern.Web.Features.Coalition;

public static class CoalitionSetup
{
    public static WebApplicationBuilder AddCoalition(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<CoverageOptions>(builder.Configuration.GetSection("Coverage"));
        builder.Services.AddScoped<CoverageQuery>();
        builder.Services.AddScoped<DirectoryQuery>();
        builder.Services.AddScoped<OrganisationImport>();
        builder.Services.AddScoped<OrganisationExport>();
        return builder;
    }

    public static void MapCoalition(this IEndpointRouteBuilder app)
    {
        app.MapCoalitionApi();
        app.MapOrganisationDeletes();
    }
}
