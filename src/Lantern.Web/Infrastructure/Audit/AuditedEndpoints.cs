using System.Globalization;

namespace Lantern.Web.Infrastructure.Audit;

public static class AuditedEndpoints
{
    /// <summary>
    /// Records each successful call of the endpoints (a download or an export): the record names
    /// the entity from the route value <paramref name="idRouteValue"/> and the file asked for.
    /// </summary>
    public static TBuilder Audited<TBuilder>(this TBuilder builder, AuditAction action, string entityType, string? idRouteValue = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            if (status < StatusCodes.Status400BadRequest)
            {
                var http = context.HttpContext;
                var id = idRouteValue is null ? null : Convert.ToString(http.GetRouteValue(idRouteValue), CultureInfo.InvariantCulture);
                var file = http.Request.Path.Value?[(http.Request.Path.Value.LastIndexOf('/') + 1)..];
                await http.RequestServices.GetRequiredService<AuditLog>().RecordAsync(action, entityType, id, file, http.RequestAborted);
            }

            return result;
        });
}
