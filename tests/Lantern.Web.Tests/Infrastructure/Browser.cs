using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// A cookie-keeping client that works the pages the way a browser without scripts does: it loads
/// a page, finds the named form, and posts it back with its antiforgery token.
/// </summary>
public sealed class Browser(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    /// <summary>The path and query of a redirect's target, whether the server wrote it absolute or relative.</summary>
    public static string PathOf(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    public async Task<IHtmlDocument> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"GET {url}: {Snippet(body)}");
        return await Parser.ParseDocumentAsync(body);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Loads <paramref name="url"/>, then posts its form named <paramref name="formName"/> with the given fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await PageAsync(url);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
                   ?? throw new InvalidOperationException($"{url} has no form named {formName}.");
        return await PostAsync(Target(form.Action, url), FormValues(form, fields));
    }

    /// <summary>
    /// Where a form posts: its action, or the page itself. A root-relative action is used as it is,
    /// because on Unix <c>new Uri("/a?b")</c> is a file path that would escape the query.
    /// </summary>
    public static string Target(string? action, string pageUrl) => action switch
    {
        null or "" => pageUrl,
        _ when action.StartsWith('/') => action,
        _ when action.StartsWith("about:", StringComparison.Ordinal) => pageUrl,
        _ => new Uri(action).PathAndQuery,
    };

    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values) =>
        client.PostAsync(url, new FormUrlEncodedContent(values));

    /// <summary>The antiforgery token any page's form carries, for posts built by hand.</summary>
    public async Task<string> AntiforgeryTokenAsync(string url)
    {
        var page = await PageAsync(url);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"{url} has no antiforgery token.");
    }

    private static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var given = fields.ToList();
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Select(input => new KeyValuePair<string, string>(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""))
            .Where(pair => given.TrueForAll(field => field.Key != pair.Key))
            .ToList();
        values.AddRange(given);
        return values;
    }

    private static string Snippet(string body) => body.Length > 400 ? body[..400] : body;
}
