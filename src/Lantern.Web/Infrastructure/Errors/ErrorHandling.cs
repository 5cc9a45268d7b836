using Microsoft.AspNetCore.Diagnostics;
using Lantern.Web.Infrastructure.Auth;

namespace Lantern.Web.Infrastructure.Errors;

/// <summary>Error responses that say what kind of thing went wrong and nothing about the internals.</summary>
public static class ErrorHandling
{
    public static WebApplication UseLanternErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request Kestrel refused (too large, malformed) keeps its own status; anything else is ours.
            ExceptionHandler = context => WriteAsync(
                context,
                context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError),
            AllowStatusCode404Response = true,
        });
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        return app;
    }

    private static Task WriteAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        var title = status switch
        {
            400 => "The request could not be understood.",
            401 => "Please sign in.",
            403 => "You do not have permission to see this.",
            404 => "There is nothing here.",
            413 => "The upload is too large.",
            429 => "Too many requests. Please wait a minute and try again.",
            _ => "Something went wrong on our side. It has been logged.",
        };

        if (AuthSetup.IsApiRequest(context.Request))
        {
            return Results.Problem(statusCode: status, title: title).ExecuteAsync(context);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var page = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{status} · Lantern</title><link rel="stylesheet" href="/assets/app.css"></head>
            <body><main class="error-page"><h1>{status}</h1><p>{title}</p><p><a href="/">Back to Lantern</a></p></main></body></html>
            """;
        return context.Response.WriteAsync(page);
    }
}
