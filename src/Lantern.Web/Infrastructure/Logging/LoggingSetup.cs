using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Lantern.Web.Infrastructure.Logging;

/// <summary>
/// Serilog writes every log line to stderr, as plain text or, with <c>Logging:Format=json</c>, as
/// compact JSON (one object a line); levels come from the usual <c>Logging:LogLevel</c> settings.
/// Each request ends in one line with its request id, user id, method, route template, status
/// and duration. Lantern will hold records about trafficking survivors, so no line may carry a
/// personal value or free text: no e-mail or name, no query string, form value or raw path.
/// </summary>
public static class LoggingSetup
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public static WebApplicationBuilder AddLanternLogging(this WebApplicationBuilder builder)
    {
        // Configured when the logger is first resolved, so settings a test host adds after this call apply.
        // The static Log.Logger is left alone: several apps may run in one process (the tests).
        // Sinks registered as services are added too: the tests watch the log for unhandled exceptions that way.
        builder.Services.AddSerilog((services, logger) => Configure(logger.ReadFrom.Services(services), services.GetRequiredService<IConfiguration>()), preserveStaticLogger: true);
        return builder;
    }

    /// <summary>The request line; first in the pipeline, so it times everything and logs the status the error pages sent.</summary>
    public static WebApplication UseLanternRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // The app's own logger: the static one that Serilog would use is left alone (see above).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {Route} responded {StatusCode} in {Elapsed:0.0000} ms (request {RequestId}, user {UserId})";
            // Replaces the default properties, which include the raw path: the public survey link's path is its secret.
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("Route", new ScalarValue(RouteTemplate(context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
                new LogEventProperty("RequestId", new ScalarValue(context.TraceIdentifier)),
                new LogEventProperty("UserId", new ScalarValue(context.User.FindFirstValue(ClaimTypes.NameIdentifier))),
            ];
        });
        return app;
    }

    /// <summary>
    /// The matched endpoint's template (<c>/s/{PublicKey}</c>), or null when none matched (the path
    /// is then whatever the client sent). The exception handler clears the endpoint but keeps it in its feature.
    /// </summary>
    private static string? RouteTemplate(HttpContext context) =>
        ((context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint) as RouteEndpoint)?.RoutePattern.RawText;

    private static void Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        var levels = configuration.GetSection("Logging:LogLevel");
        logger.MinimumLevel.Is(Level(levels, "Default") ?? LogEventLevel.Information);
        foreach (var category in levels.GetChildren().Where(c => c.Key != "Default"))
        {
            if (Level(levels, category.Key) is { } level)
            {
                logger.MinimumLevel.Override(category.Key, level);
            }
        }

        logger.Enrich.With<RequestPathRemover>();
        var format = configuration["Logging:Format"] ?? "text";
        if (format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            logger.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose);
        }
        else if (format.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Verbose);
        }
        else
        {
            throw new InvalidOperationException($"Logging:Format is \"{format}\"; it can be \"text\" or \"json\".");
        }
    }

    /// <summary>A <c>Logging:LogLevel</c> setting as a Serilog level; "None" switches a category off.</summary>
    private static LogEventLevel? Level(IConfigurationSection levels, string category) => levels[category] switch
    {
        null => null,
        var value when Enum.TryParse<LogLevel>(value, ignoreCase: true, out var level) => level switch
        {
            LogLevel.Trace => LogEventLevel.Verbose,
            LogLevel.Debug => LogEventLevel.Debug,
            LogLevel.Information => LogEventLevel.Information,
            LogLevel.Warning => LogEventLevel.Warning,
            LogLevel.Error => LogEventLevel.Error,
            LogLevel.Critical => LogEventLevel.Fatal,
            _ => LevelAlias.Off,
        },
        var value => throw new InvalidOperationException($"Logging:LogLevel:{category} is \"{value}\"; it can be Trace, Debug, Information, Warning, Error, Critical or None."),
    };

    /// <summary>
    /// ASP.NET Core puts the raw request path into the log scope of every line written during a
    /// request; the public survey link's path is its secret, and other paths may carry values.
    /// The request line's route template and request id say which request a line belongs to.
    /// </summary>
    private sealed class RequestPathRemover : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) => logEvent.RemovePropertyIfPresent("RequestPath");
    }
}
