using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Lantern.Testing;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Tests.Infrastructure.Logging;

/// <summary>
/// The web app as an operator runs it: its own process (<c>dotnet Lantern.Web.dll</c>) on a free
/// port, with <c>Logging:Format=json</c>, its standard error collected line by line. Clients it
/// hands out count their requests, so a test can wait for the request line of each one.
/// </summary>
public sealed class JsonLoggingServer : IAsyncDisposable
{
    public const string RequestLineSource = "Serilog.AspNetCore.RequestLoggingMiddleware";

    // A cold start of the whole app; on a loaded two-core CI machine it has taken over 30 s.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly List<string> stderr = [];
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int requestsSent;

    private JsonLoggingServer(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The app exited before it listened:\n{Stderr}"));
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Starts the app on <paramref name="database"/> with extra <paramref name="settings"/> (<c>--Key=value</c>).</summary>
    public static async Task<JsonLoggingServer> StartAsync(TestDatabase database, params string[] settings)
    {
        var info = new ProcessStartInfo(DotnetHost.Path())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Lantern.Web.dll"));
        foreach (var argument in (string[])["--urls=http://127.0.0.1:0", "--Logging:Format=json", .. settings])
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in database.Environment)
        {
            info.Environment[name] = value;
        }

        // The same key ring certificate as the test host's, which stored the accounts' two-factor keys in the database.
        info.Environment["DataProtection__CertificatePath"] = Path.GetFullPath(KeyRing.DefaultCertificatePath);

        var server = new JsonLoggingServer(new Process { StartInfo = info, EnableRaisingEvents = true });
        try
        {
            server.BaseAddress = await server.listening.Task.WaitAsync(Timeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Takes Kestrel's "Now listening on" line for the address; the port was chosen by the system.</summary>
    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (stderr)
        {
            stderr.Add(line);
        }

        if (line.Contains("Now listening on", StringComparison.Ordinal))
        {
            try
            {
                listening.TrySetResult(new Uri(JsonSerializer.Deserialize<JsonElement>(line).GetProperty("address").GetString()!));
            }
            catch (JsonException)
            {
                listening.TrySetException(new InvalidOperationException($"The app did not log JSON: {line}"));
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return string.Join('\n', stderr);
            }
        }
    }

    /// <summary>A client without cookies or redirects.</summary>
    public HttpClient Client() => new(new CountingHandler(this, new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })) { BaseAddress = BaseAddress };

    /// <summary>A cookie-keeping client that works the pages, as <see cref="LanternFactory.AnonymousBrowser"/> does in process.</summary>
    public Browser Browser() =>
        new(new HttpClient(new CountingHandler(this, new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })) { BaseAddress = BaseAddress });

    /// <summary>
    /// Every line logged so far, parsed, once the request line of every request sent has arrived:
    /// the line is written after the response, so it can lag behind what the client has received.
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> LogAsync()
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<JsonElement>(line)).ToList();
            var requestLines = lines.Count(line => line.GetProperty("SourceContext").GetString() == RequestLineSource);
            if (requestLines >= Volatile.Read(ref requestsSent))
            {
                return lines;
            }

            (DateTime.UtcNow < deadline).ShouldBeTrue($"{requestLines} request lines for {requestsSent} requests after {Timeout.TotalSeconds:0} s:\n{Stderr}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private sealed class CountingHandler(JsonLoggingServer server, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref server.requestsSent);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
