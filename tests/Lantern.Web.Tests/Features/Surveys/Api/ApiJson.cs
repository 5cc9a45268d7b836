using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lantern.Web.Tests.Features.Surveys.Api;

/// <summary>Calls a JSON API and checks the status before reading the body, so a failure says what the server answered.</summary>
internal static class ApiJson
{
    public static async Task<JsonElement> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"{method} {url}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.SendAsync(HttpMethod.Get, url, null, expected);

    public static Task<JsonElement> PostJsonAsync(this HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.Created) =>
        client.SendAsync(HttpMethod.Post, url, body, expected);

    public static Task<JsonElement> PutJsonAsync(this HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.SendAsync(HttpMethod.Put, url, body, expected);

    public static Task<JsonElement> DeleteAsync(this HttpClient client, string url, HttpStatusCode expected) =>
        client.SendAsync(HttpMethod.Delete, url, null, expected);

    /// <summary>The field names of a ValidationProblem's errors.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    public static int Id(this JsonElement element) => element.GetProperty("id").GetInt32();
}
