namespace Lantern.Web.Features.Coalition.Model;

/// <summary>How names are compared: trimmed and upper-cased, the same on SQLite and PostgreSQL.</summary>
public static class NameKey
{
    public static string Of(string name) => name.Trim().ToUpperInvariant();
}

/// <summary>
/// A place a service covers. <see cref="Path"/> holds the ids from the root down ("/3/17/"), so a
/// subtree is one prefix match and the ancestors are in the string itself.
/// </summary>
public sealed class Area
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public Area? Parent { get; set; }
    public required string Name { get; set; }
    /// <summary>The name in upper case, for case-insensitive uniqueness that SQLite's ASCII-only LOWER() cannot give.</summary>
    public string NormalizedName { get; set; } = "";
    public AreaKind Kind { get; set; }
    public string Path { get; set; } = "/";

    public IEnumerable<int> AncestorIds() =>
        Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(id => id != Id);
}
