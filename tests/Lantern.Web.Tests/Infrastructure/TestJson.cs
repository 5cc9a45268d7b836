using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>The app's JSON as clients read it: web defaults with enumerations written by name.</summary>
public static class TestJson
{
    public static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
