using System.Reflection;
using System.Text.Json;
using Markdig;

using Lantern.Web.Features.Knowledge.Model;

namespace Lantern.Web.Features.Knowledge.Queries;

/// <summary>
/// The knowledge base: Markdown articles and the hotline list, embedded in the assembly and parsed
/// once at start-up. Raw HTML in the Markdown is not rendered, so an article cannot inject markup.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Article> bySlug;

    public KnowledgeBase(IEnumerable<(string Name, string Content)> articleSources, string hotlinesJson)
    {
        Articles = [.. articleSources.Select(source => Parse(source.Name, source.Content)).OrderBy(a => a.Order).ThenBy(a => a.Title)];
        bySlug = Articles.ToDictionary(a => a.Slug, StringComparer.OrdinalIgnoreCase);
        Hotlines = JsonSerializer.Deserialize<List<Hotline>>(hotlinesJson, JsonOptions)
                   ?? throw new InvalidDataException("hotlines.json is empty.");
    }

    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Hotline> Hotlines { get; }

    public Article? Find(string slug) => bySlug.GetValueOrDefault(slug);

    /// <summary>Articles containing every word of the query; title matches rank first.</summary>
    public IReadOnlyList<SearchHit> Search(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        foreach (var article in Articles)
        {
            if (!words.All(w => article.PlainText.Contains(w, StringComparison.OrdinalIgnoreCase) || article.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var score = words.Sum(w => (article.Title.Contains(w, StringComparison.OrdinalIgnoreCase) ? 10 : 0) + Occurrences(article.PlainText, w));
            hits.Add(new SearchHit(article, Snippet(article.PlainText, words[0]), score));
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Article.Order)];
    }

    public static KnowledgeBase FromEmbeddedResources()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var articles = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("kb/", StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Select(name => (name["kb/".Length..], ReadResource(assembly, name)));
        return new KnowledgeBase(articles, ReadResource(assembly, "kb/hotlines.json"));
    }

    private static Article Parse(string fileName, string content)
    {
        var slug = Path.GetFileNameWithoutExtension(fileName);
        var (meta, body) = SplitFrontMatter(fileName, content);
        var document = Markdown.Parse(body, Pipeline);
        var html = document.ToHtml(Pipeline);
        var plain = Markdown.ToPlainText(body, Pipeline);
        return new Article(
            slug,
            meta.GetValueOrDefault("title") ?? throw new InvalidDataException($"{fileName}: front matter has no title."),
            meta.GetValueOrDefault("summary") ?? "",
            int.TryParse(meta.GetValueOrDefault("order"), out var order) ? order : int.MaxValue,
            html,
            plain);
    }

    private static (Dictionary<string, string> Meta, string Body) SplitFrontMatter(string fileName, string content)
    {
        var text = content.Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{fileName}: line 1: expected front matter starting with ---.");
        }

        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidDataException($"{fileName}: front matter is not closed with ---.");
        }

        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text[4..end].Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                meta[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return (meta, text[(end + 5)..]);
    }

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    private static string Snippet(string text, string word)
    {
        var at = Math.Max(0, text.IndexOf(word, StringComparison.OrdinalIgnoreCase));
        var start = Math.Max(0, at - 80);
        var length = Math.Min(220, text.Length - start);
        return (start > 0 ? "…" : "") + text.Substring(start, length).Replace('\n', ' ') + (start + length < text.Length ? "…" : "");
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
