namespace Lantern.Web.Features.Surveys.Collection;

public static class CollectionSetup
{
    public static WebApplicationBuilder AddCollection(this WebApplicationBuilder builder) => builder;

    public static void MapCollection(this IEndpointRouteBuilder app)
    {
    }
}
