using System.Reflection;

namespace Lantern.Web.Infrastructure.Assets;

/// <summary>Serves the stylesheet and icon from embedded resources, so any working directory will do.</summary>
public static class AssetEndpoints
{
    public static void MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
            {
                var contentType = Path.GetExtension(name) switch
                {
                    ".css" => "text/css; charset=utf-8",
                    ".svg" => "image/svg+xml",
                    _ => null,
                };
                var stream = contentType is null ? null : Assembly.GetExecutingAssembly().GetManifestResourceStream("assets/" + name);
                if (stream is null)
                {
                    return Results.NotFound();
                }

                context.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.Stream(stream, contentType);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
