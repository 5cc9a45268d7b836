using System.Net;
using Lantern.Web.Features.Knowledge;
using Lantern.Web.Features.Knowledge.Queries;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Knowledge;

/// <summary>The public knowledge base and hotline list, as an anonymous visitor reads them.</summary>
public sealed class KnowledgeBaseTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    public static readonly IReadOnlyList<string> ArticleSlugs =
    [
        "palermo-definition", "forms-of-exploitation", "vulnerable-groups", "general-indicators", "e-trafficking-indicators",
        "legal-instruments", "international-organisations", "awareness-campaigns", "national-referral-mechanisms", "four-slices",
    ];

    public static TheoryData<string> Slugs()
    {
        var data = new TheoryData<string>();
        foreach (var slug in ArticleSlugs)
        {
            data.Add(slug);
        }

        return data;
    }

    [Fact]
    public async Task The_index_lists_every_article_to_anonymous_visitors()
    {
        var page = await app.AnonymousBrowser().PageAsync("/knowledge");

        var links = page.QuerySelectorAll("a[href^='/knowledge/']").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe(ArticleSlugs.Select(slug => $"/knowledge/{slug}"), ignoreOrder: true);
        page.QuerySelector("a[href='/hotlines']").ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Every_article_opens_anonymously_with_its_title_as_the_heading(string slug)
    {
        var page = await app.AnonymousBrowser().PageAsync($"/knowledge/{slug}");

        var heading = page.QuerySelector("article h1").ShouldNotBeNull().TextContent.Trim();
        heading.ShouldNotBeNullOrWhiteSpace();
        page.Title.ShouldNotBeNull().ShouldStartWith(heading);
    }

    [Fact]
    public async Task An_article_renders_its_markdown_table_as_an_html_table()
    {
        var page = await app.AnonymousBrowser().PageAsync("/knowledge/palermo-definition");

        var table = page.QuerySelector("article table").ShouldNotBeNull();
        table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ShouldContain("Element");
        table.QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThanOrEqualTo(3);
        table.QuerySelector("tbody strong").ShouldNotBeNull().TextContent.ShouldBe("Act");
        page.QuerySelector("article").ShouldNotBeNull().TextContent.ShouldNotContain("|---|");
    }

    [Fact]
    public async Task Searching_for_debt_bondage_finds_forms_of_exploitation()
    {
        var page = await app.AnonymousBrowser().PageAsync("/knowledge?q=debt%20bondage");

        var hits = page.QuerySelectorAll(".search-hit h3 a").Select(a => a.GetAttribute("href")).ToList();
        hits.ShouldContain("/knowledge/forms-of-exploitation");
        page.QuerySelector(".search-hit").ShouldNotBeNull().TextContent.ShouldContain("debt bondage", Case.Insensitive);
    }

    [Fact]
    public async Task A_search_with_no_match_says_so()
    {
        var page = await app.AnonymousBrowser().PageAsync("/knowledge?q=zanzibar%20quokka%20xylophone");

        page.QuerySelectorAll(".search-hit").ShouldBeEmpty();
        page.Body!.TextContent.ShouldContain("No article contains every word of your search.");
    }

    [Fact]
    public async Task A_search_shows_the_query_as_text_not_markup()
    {
        var page = await app.AnonymousBrowser().PageAsync("/knowledge?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        page.QuerySelectorAll("main script, body script").Where(s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal)).ShouldBeEmpty();
        page.QuerySelector("h2").ShouldNotBeNull().TextContent.ShouldContain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task An_unknown_article_is_not_found()
    {
        var page = await app.AnonymousBrowser().PageAsync("/knowledge/no-such-article", HttpStatusCode.NotFound);

        page.QuerySelector("article").ShouldBeNull();
    }

    [Fact]
    public async Task The_hotline_page_lists_the_national_lines_anonymously()
    {
        var page = await app.AnonymousBrowser().PageAsync("/hotlines");

        var countries = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelector("td")!.TextContent.Trim()).ToList();
        foreach (var country in new[] { "United States", "United Kingdom", "Australia", "Greece", "Italy", "Indonesia" })
        {
            countries.ShouldContain(country);
        }

        var unitedStates = page.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("td")!.TextContent.Trim() == "United States");
        unitedStates.QuerySelector("a[href^='tel:']").ShouldNotBeNull().GetAttribute("href").ShouldBe("tel:1-888-373-7888");
    }

    [Fact]
    public async Task The_legal_instruments_article_covers_the_timeline_from_palermo_to_the_australian_act()
    {
        var page = await app.AnonymousBrowser().PageAsync("/knowledge/legal-instruments");

        var text = page.QuerySelector("article").ShouldNotBeNull().TextContent;
        foreach (var expected in new[] { "2000", "2001", "2005", "2011", "2014", "2015", "2018", "TVPA" })
        {
            text.ShouldContain(expected);
        }
    }
}

/// <summary>How the knowledge base reads its Markdown sources, without the app around it.</summary>
public sealed class KnowledgeBaseParsingTests
{
    private static KnowledgeBase With(params (string Name, string Content)[] articles) => new(articles, "[]");

    private static string Article(string title, string body, int? order = null) =>
        $"---\ntitle: {title}\nsummary: About {title}\n{(order is null ? "" : $"order: {order}\n")}---\n{body}";

    [Fact]
    public void Raw_html_in_an_article_is_shown_as_text_not_rendered()
    {
        var knowledge = With(("unsafe.md", Article("Unsafe", "<script>alert('x')</script>\n\nA paragraph with <b>bold</b> and <img src=x onerror=alert(1)>.\n")));

        var html = knowledge.Find("unsafe").ShouldNotBeNull().Html;

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldNotContain("<b>", Case.Insensitive);
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("&lt;b&gt;bold&lt;/b&gt;");
    }

    [Fact]
    public void Markdown_tables_headings_and_emphasis_become_html()
    {
        var knowledge = With(("rich.md", Article("Rich", "## A heading\n\n| Year | Law |\n|---|---|\n| 2000 | **Palermo** |\n")));

        var html = knowledge.Find("rich").ShouldNotBeNull().Html;

        html.ShouldContain("<h2 id=\"a-heading\">A heading</h2>");
        html.ShouldContain("<table>");
        html.ShouldContain("<th>Year</th>");
        html.ShouldContain("<strong>Palermo</strong>");
    }

    [Fact]
    public void A_file_without_front_matter_is_refused_naming_the_file()
    {
        var error = Should.Throw<InvalidDataException>(() => With(("no-front-matter.md", "# Just a heading\n\nSome text.\n")));

        error.Message.ShouldContain("no-front-matter.md");
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_refused_naming_the_file()
    {
        var error = Should.Throw<InvalidDataException>(() => With(("unclosed.md", "---\ntitle: Unclosed\n\nBody text.\n")));

        error.Message.ShouldContain("unclosed.md");
    }

    [Fact]
    public void Front_matter_without_a_title_is_refused_naming_the_file()
    {
        var error = Should.Throw<InvalidDataException>(() => With(("untitled.md", "---\nsummary: No title here\n---\nBody.\n")));

        error.Message.ShouldContain("untitled.md");
        error.Message.ShouldContain("title");
    }

    [Fact]
    public void Files_with_windows_line_endings_are_read()
    {
        var knowledge = With(("windows.md", "---\r\ntitle: Windows\r\nsummary: Saved on Windows\r\n---\r\nBody text.\r\n"));

        var article = knowledge.Find("windows").ShouldNotBeNull();
        article.Title.ShouldBe("Windows");
        article.Summary.ShouldBe("Saved on Windows");
    }

    [Fact]
    public void Articles_are_ordered_by_their_order_then_by_title_and_found_by_slug_in_any_case()
    {
        var knowledge = With(
            ("zeta.md", Article("Zeta", "z", order: 1)),
            ("unordered.md", Article("Aardvark", "a")),
            ("beta.md", Article("Beta", "b", order: 2)),
            ("alpha.md", Article("Alpha", "a", order: 2)));

        knowledge.Articles.Select(a => a.Slug).ShouldBe(["zeta", "alpha", "beta", "unordered"]);
        knowledge.Find("ZETA").ShouldNotBeNull().Title.ShouldBe("Zeta");
        knowledge.Find("missing").ShouldBeNull();
    }

    [Fact]
    public void Search_needs_every_word_and_ranks_title_matches_first()
    {
        var knowledge = With(
            ("body.md", Article("Labour", "Debt bondage keeps people working to repay a debt.", order: 1)),
            ("title.md", Article("Debt bondage", "How bondage through debt works.", order: 2)),
            ("other.md", Article("Other", "Nothing about money here.", order: 3)));

        knowledge.Search("debt bondage").Select(h => h.Article.Slug).ShouldBe(["title", "body"]);
        knowledge.Search("DEBT money").ShouldBeEmpty();
        knowledge.Search("   ").ShouldBeEmpty();
    }

    [Fact]
    public void Hotlines_are_read_from_the_json_list()
    {
        var knowledge = new KnowledgeBase([], """[{"country":"GR","countryName":"Greece","name":"Line","phone":"1109","languages":["el","en"]}]""");

        var line = knowledge.Hotlines.ShouldHaveSingleItem();
        line.CountryName.ShouldBe("Greece");
        line.Phone.ShouldBe("1109");
        line.Languages.ShouldBe(["el", "en"]);
        line.Text.ShouldBeNull();
    }

    [Fact]
    public void The_shipped_articles_all_parse_and_render()
    {
        var knowledge = KnowledgeBase.FromEmbeddedResources();

        knowledge.Articles.Select(a => a.Slug).ShouldBe(KnowledgeBaseTests.ArticleSlugs, ignoreOrder: true);
        knowledge.Articles.ShouldAllBe(a => a.Title.Length > 0 && a.Summary.Length > 0 && a.Html.Length > 0);
        knowledge.Hotlines.Count.ShouldBeGreaterThanOrEqualTo(6);
    }
}
