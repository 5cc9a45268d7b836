namespace Lantern.Web.Features.Knowledge.Model;

public sealed record Article(string Slug, string Title, string Summary, int Order, string Html, string PlainText);

public sealed record Hotline(
    string Country, string CountryName, string Name, string Phone, string? Text, string? Web, string? Hours,
    IReadOnlyList<string> Languages, string? Note);

public sealed record SearchHit(Article Article, string Snippet, int Score);
