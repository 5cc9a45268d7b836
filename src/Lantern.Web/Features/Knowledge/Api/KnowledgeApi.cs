using Lantern.Web.Features.Knowledge.Model;
using Lantern.Web.Features.Knowledge.Queries;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Knowledge.Api;

public sealed record ArticleSummaryDto(string Slug, string Title, string Summary, string? Snippet);

public sealed record ArticleDto(string Slug, string Title, string Summary, string Html);

/// <summary>The public knowledge base as JSON, for partner sites and apps; public like its pages, and rate-limited the same way.</summary>
public static class KnowledgeApi
{
    public const int MaxQueryLength = 200;

    public static void MapKnowledgeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/knowledge").WithTags("Knowledge base").AllowAnonymous().RequireRateLimiting(RateLimits.Public);

        api.MapGet("/articles", (string? q, KnowledgeBase knowledge) =>
            {
                if (q is { Length: > MaxQueryLength })
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [$"A search can have at most {MaxQueryLength} characters."] });
                }

                IEnumerable<ArticleSummaryDto> articles = string.IsNullOrWhiteSpace(q)
                    ? knowledge.Articles.Select(a => new ArticleSummaryDto(a.Slug, a.Title, a.Summary, null))
                    : knowledge.Search(q).Select(hit => new ArticleSummaryDto(hit.Article.Slug, hit.Article.Title, hit.Article.Summary, hit.Snippet));
                return Results.Ok(articles.ToList());
            })
            .WithName("ListArticles")
            .WithSummary("The articles in reading order, or those containing every word of q, best match first, each with a snippet.");

        api.MapGet("/articles/{slug}", (string slug, KnowledgeBase knowledge) =>
                knowledge.Find(slug) is { } article ? Results.Ok(new ArticleDto(article.Slug, article.Title, article.Summary, article.Html)) : Results.NotFound())
            .WithName("GetArticle")
            .WithSummary("One article, its body as HTML rendered from Markdown with raw HTML disabled.");

        api.MapGet("/hotlines", (KnowledgeBase knowledge) => Results.Ok(knowledge.Hotlines))
            .WithName("ListHotlines")
            .WithSummary("National anti-trafficking hotlines: country, number, text line, web site, hours and languages.");
    }
}
