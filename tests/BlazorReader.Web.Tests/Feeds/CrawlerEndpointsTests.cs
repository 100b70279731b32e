using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BlazorReader.Web.Tests.Feeds;

public sealed partial class CrawlerEndpointsTests : AppTest
{
    [Fact]
    public async Task Article_page_has_news_article_json_ld_in_arabic()
    {
        var html = await Client.GetStringAsync("/articles/1", Ct);
        using var json = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("ar", root.GetProperty("inLanguage").GetString());
        Assert.StartsWith("أعلن رئيس أذربيجان", root.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.True(root.TryGetProperty("datePublished", out _));
        Assert.True(root.TryGetProperty("publisher", out _));
    }

    [Fact]
    public async Task Article_page_has_open_graph_and_twitter_tags()
    {
        var html = await Client.GetStringAsync("/articles/1", Ct);
        Assert.Contains("property=\"og:title\"", html, StringComparison.Ordinal);
        Assert.Contains("property=\"og:url\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"twitter:card\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_is_rss_2_with_the_arabic_title_intact()
    {
        var response = await Client.GetAsync("/feed", Ct);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var item = Assert.Single(rss.Descendants("item"));
        Assert.StartsWith("أعلن رئيس أذربيجان", item.Element("title")!.Value, StringComparison.Ordinal);
        Assert.Contains("/articles/1/", item.Element("link")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_holds_the_latest_50_newest_first()
    {
        await SeedCopies.AddAsync(App, 60, Ct);
        var links = XDocument.Parse(await Client.GetStringAsync("/feed", Ct)).Descendants("item")
            .Select(i => new Uri(i.Element("link")!.Value).AbsolutePath.Split('/')[2]).ToList();
        // All share one date, so the later id is the newer: ids 61 down to 12.
        Assert.Equal(Enumerable.Range(12, 50).Reverse().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), links);
    }

    [Fact]
    public async Task Sitemap_lists_published_articles()
    {
        var xml = XDocument.Parse(await Client.GetStringAsync("/sitemap.xml", Ct));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(ns + "urlset", xml.Root!.Name);
        Assert.Contains("/articles/1/", Assert.Single(xml.Descendants(ns + "loc")).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_admin()
    {
        var robots = await Client.GetStringAsync("/robots.txt", Ct);
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.Matches("Sitemap: https?://[^/]+/sitemap.xml", robots);
    }

    [Fact]
    public async Task A_sitemap_page_below_one_is_404()
    {
        var response = await Client.GetAsync("/sitemaps/0.xml", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
