using System.Text.Json;
using Lantern.Cases.Htcds;

namespace Lantern.Cases.Identification.Checklist;

/// <summary>
/// The checklist's wording in one language: item labels and questions, section titles, status
/// names and the sentences that explain a proposal. Each language is one JSON file in
/// Languages/, compiled in; adding a language is adding a file.
/// </summary>
public sealed class ChecklistLanguage
{
    /// <summary>Stands for "no status proposed" where a reason names statuses.</summary>
    public const string NoStatus = "none";

    private const string ResourcePrefix = "Lantern.Cases.Languages.";

    private static readonly Dictionary<string, ChecklistLanguage> Packs = LoadEmbeddedPacks();

    private readonly Dictionary<string, (string Label, string Question)> items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> reasons = new(StringComparer.Ordinal);
    private string listSeparator = ", ";

    private ChecklistLanguage(string tag) => Tag = tag;

    public static ChecklistLanguage English => For("en");

    /// <summary>The language tags with a pack, such as <c>en</c>.</summary>
    public static IReadOnlyCollection<string> Available => Packs.Keys;

    public string Tag { get; }

    public static ChecklistLanguage For(string tag) =>
        Packs.TryGetValue(tag, out var pack) ? pack : throw new ArgumentException($"The checklist has no '{tag}' language pack.", nameof(tag));

    /// <summary>The short name of a checklist item or an element (<c>palermo.act</c>).</summary>
    public string Label(string code) => Lookup(items, code, "text").Label;

    /// <summary>The question a worker asks themselves for a checklist item or an element.</summary>
    public string Question(string code) => Lookup(items, code, "text").Question;

    public string GroupTitle(ChecklistGroup group) => Lookup(groups, group.ToString(), "group title");

    public string Status(TraffickingStatus? status) => Lookup(statuses, status?.ToString() ?? NoStatus, "status");

    /// <summary>
    /// One reason as a sentence. Templates name the reason's codes as <c>{first}</c>, <c>{rest}</c>
    /// (all after the first) and <c>{all}</c>; each code is written as its label.
    /// </summary>
    public string Explain(Reason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var labels = reason.Codes.Select(code => statuses.TryGetValue(code, out var status) ? status : Label(code)).ToList();
        return Lookup(reasons, reason.Kind.ToString(), "reason")
            .Replace("{first}", labels.FirstOrDefault(), StringComparison.Ordinal)
            .Replace("{rest}", string.Join(listSeparator, labels.Skip(1)), StringComparison.Ordinal)
            .Replace("{all}", string.Join(listSeparator, labels), StringComparison.Ordinal);
    }

    private TValue Lookup<TValue>(Dictionary<string, TValue> texts, string key, string what) =>
        texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"The '{Tag}' checklist pack has no {what} for '{key}'.");

    private static Dictionary<string, ChecklistLanguage> LoadEmbeddedPacks()
    {
        var assembly = typeof(ChecklistLanguage).Assembly;
        var packs = new Dictionary<string, ChecklistLanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                using var document = JsonDocument.Parse(stream);
                var pack = Parse(document.RootElement);
                packs.Add(pack.Tag, pack);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
            {
                throw new InvalidDataException($"Checklist language pack {name}: {ex.Message}", ex);
            }
        }

        return packs;
    }

    private static ChecklistLanguage Parse(JsonElement root)
    {
        var pack = new ChecklistLanguage(Text(root, "language"));
        foreach (var item in root.GetProperty("items").EnumerateObject())
        {
            pack.items.Add(item.Name, (Text(item.Value, "label"), Text(item.Value, "question")));
        }

        Fill(pack.groups, root.GetProperty("groups"));
        Fill(pack.statuses, root.GetProperty("statuses"));
        Fill(pack.reasons, root.GetProperty("reasons"));
        pack.listSeparator = Text(root, "list_separator");
        return pack;
    }

    private static void Fill(Dictionary<string, string> texts, JsonElement section)
    {
        foreach (var entry in section.EnumerateObject())
        {
            texts.Add(entry.Name, entry.Value.GetString() ?? throw new InvalidOperationException($"'{entry.Name}' has no text."));
        }
    }

    private static string Text(JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"'{property}' has no text.");
}
