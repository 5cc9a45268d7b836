using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Features.Knowledge.Api;
using Lantern.Web.Features.Knowledge.Model;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Knowledge;

/// <summary>The knowledge base's JSON API, read anonymously as partner sites and apps would.</summary>
public sealed class KnowledgeApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_article_list_holds_every_shipped_article_in_reading_order_without_snippets()
    {
        var articles = await app.Anonymous().GetFromJsonAsync<List<ArticleSummaryDto>>("/api/knowledge/articles");

        articles.ShouldNotBeNull();
        articles.Select(a => a.Slug).ShouldBe(KnowledgeBaseTests.ArticleSlugs, ignoreOrder: true);
        articles.ShouldAllBe(a => a.Title.Length > 0 && a.Summary.Length > 0 && a.Snippet == null);
        articles[0].Slug.ShouldBe("palermo-definition");
    }

    [Fact]
    public async Task A_search_returns_only_articles_with_every_word_each_with_a_snippet_holding_the_first()
    {
        var hits = await app.Anonymous().GetFromJsonAsync<List<ArticleSummaryDto>>("/api/knowledge/articles?q=Palermo%20smuggling");

        hits!.ShouldNotBeEmpty();
        hits[0].Slug.ShouldBe("palermo-definition");
        hits.ShouldAllBe(h => h.Snippet!.Contains("Palermo", StringComparison.OrdinalIgnoreCase));
        (await app.Anonymous().GetFromJsonAsync<List<ArticleSummaryDto>>("/api/knowledge/articles?q=zzqxnotaword"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_overlong_search_is_refused_with_the_field_named()
    {
        var response = await app.Anonymous().GetAsync($"/api/knowledge/articles?q={new string('a', KnowledgeApi.MaxQueryLength + 1)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"q\"");
    }

    [Fact]
    public async Task One_article_comes_with_its_html_and_an_unknown_one_is_404()
    {
        var article = await app.Anonymous().GetFromJsonAsync<ArticleDto>("/api/knowledge/articles/palermo-definition");

        article!.Title.ShouldBe("The Palermo definition");
        article.Html.ShouldContain("<h2");
        (await app.Anonymous().GetAsync("/api/knowledge/articles/no-such-article")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_hotlines_are_listed_with_their_numbers()
    {
        var hotlines = await app.Anonymous().GetFromJsonAsync<List<Hotline>>("/api/knowledge/hotlines");

        hotlines!.Count.ShouldBeGreaterThanOrEqualTo(6);
        hotlines.ShouldContain(h => h.Country == "US" && h.Phone == "1-888-373-7888");
    }
}
