using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Lantern.SurveyLoad;

/// <summary>
/// Concurrent respondents over real HTTP. Each client loads the form once for its antiforgery
/// cookie and token, then posts complete one-page responses back to back. A response counts as
/// acknowledged only when the server answers with the redirect to the thank-you page, which it
/// sends after the response's transaction has committed.
/// </summary>
internal static partial class LoadGenerator
{
    public static async Task<int> RunAsync(Uri server, string publicKey, int total, int clients, string ackedFile)
    {
        var formUrl = new Uri(server, $"/s/{publicKey}");
        // A one-page form's page posts to the lean submission endpoint, as the browser would.
        var sendUrl = new Uri(server, $"/s/{publicKey}/send");
        var run = Guid.NewGuid().ToString("N")[..8];
        var acked = new List<string>(total);
        var latencies = new List<double>(total);
        var refused = 0;
        var failed = 0;
        var next = -1;
        var stopwatch = Stopwatch.StartNew();

        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
            string token;
            try
            {
                token = AntiforgeryToken().Match(await http.GetStringAsync(formUrl)).Groups[1].Value;
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failed);
                return;
            }

            var mine = new List<(string Marker, double Milliseconds)>();
            while (Interlocked.Increment(ref next) is var n && n < total)
            {
                var marker = $"{run}-{n}";
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsync(sendUrl, new FormUrlEncodedContent(
                    [
                        new("_handler", "answers"), new("__RequestVerificationToken", token), new("step", "0"),
                        new("a.marker", marker), new("a.rating", $"{n % 7 + 1}"), new("a.age", $"{18 + n % 60}"),
                    ]));
                    if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.EndsWith("/thanks", StringComparison.Ordinal) == true)
                    {
                        mine.Add((marker, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
                catch (HttpRequestException)
                {
                    // The server went away (the kill test): stop this client; what it saw acknowledged is kept.
                    Interlocked.Increment(ref failed);
                    break;
                }
            }

            lock (acked)
            {
                acked.AddRange(mine.Select(m => m.Marker));
                latencies.AddRange(mine.Select(m => m.Milliseconds));
            }
        })).ToList();
        await Task.WhenAll(workers);
        var seconds = stopwatch.Elapsed.TotalSeconds;

        await File.WriteAllLinesAsync(ackedFile, acked);
        latencies.Sort();
        Console.WriteLine($"{acked.Count} acknowledged, {refused} refused, {failed} connection failures in {seconds:F1} s with {clients} clients: "
            + $"{acked.Count / seconds:F0} responses/s; latency p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms");
        return 0;
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(fraction * sorted.Count))];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
