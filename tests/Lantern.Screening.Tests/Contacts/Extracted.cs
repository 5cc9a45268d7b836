using Lantern.Screening.Contacts;

namespace Lantern.Screening.Tests.Contacts;

/// <summary>Shorthands over <see cref="ContactExtractor.Extract"/> for tests.</summary>
internal static class Extracted
{
    public static List<Entity> All(string text, string? region = null)
    {
        var found = new List<Entity>();
        ContactExtractor.Extract(text, region, found);
        return found;
    }

    public static List<Entity> OfType(EntityType type, string text, string? region = null) =>
        [.. All(text, region).Where(e => e.Type == type)];

    public static string[] Values(EntityType type, string text, string? region = null) =>
        [.. OfType(type, text, region).Select(e => e.Value)];
}
