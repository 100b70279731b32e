using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Sources;
using BlazorReader.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Sources;

// Readers see a paper's Arabic name wherever a source shows; a paper nobody named shows its key.
// The seed is article 1; «عكاظ» (a paper named on first start) is 2, an unknown paper 3.
public sealed partial class SourceNamesOnPagesTests : AppTest
{
    private const int Okaz = 2;
    private const int Unknown = 3;

    protected override ReaderAppFactory CreateApp() => new(followChanges: false);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        ImportItem[] items =
        [
            ImportItem.Ok("okaz", new RawArticle("نص خبر الميناء الجديد في جدة", Title: "افتتاح الميناء الجديد", Source: "okaz",
                PublishedAt: new DateTime(2015, 7, 1, 8, 0, 0, DateTimeKind.Utc))),
            ImportItem.Ok("new", new RawArticle("نص خبر الميناء القديم في ينبع", Title: "إغلاق الميناء القديم", Source: "newpaper",
                PublishedAt: new DateTime(2015, 7, 2, 8, 0, 0, DateTimeKind.Utc))),
        ];
        await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(items, ArticleStatus.Published, ct: Ct);
        await App.FollowChangesAsync(Ct);
    }

    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("""<p class="meta">\s*<span><bdi>([^<]*)</bdi>""")]
    private static partial Regex MetaSource();

    private async Task<(string Html, JsonElement JsonLd)> PageAsync(int id)
    {
        var html = await Client.GetStringAsync($"/articles/{id}", Ct);
        using var json = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value);
        return (html, json.RootElement.Clone());
    }

    [Fact]
    public async Task Article_page_names_the_paper_in_its_meta_line()
    {
        var (html, _) = await PageAsync(Okaz);
        Assert.Equal("عكاظ", MetaSource().Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task Json_ld_publisher_is_the_paper_as_a_news_media_organization_with_its_site()
    {
        var (_, root) = await PageAsync(Okaz);
        var publisher = root.GetProperty("publisher");
        Assert.Equal("NewsMediaOrganization", publisher.GetProperty("@type").GetString());
        Assert.Equal("عكاظ", publisher.GetProperty("name").GetString());
        Assert.Equal("https://www.okaz.com.sa", publisher.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_unknown_source_shows_its_key_on_the_page_and_in_json_ld_without_a_site()
    {
        var (html, root) = await PageAsync(Unknown);
        Assert.Equal("newpaper", MetaSource().Match(html).Groups[1].Value);
        var publisher = root.GetProperty("publisher");
        Assert.Equal("newpaper", publisher.GetProperty("name").GetString());
        Assert.False(publisher.TryGetProperty("url", out _));
    }

    [Fact]
    public async Task Feed_names_the_paper_and_links_its_site()
    {
        var rss = XDocument.Parse(await Client.GetStringAsync("/feed", Ct));
        var okaz = rss.Descendants("item").Single(i => i.Element("title")!.Value == "افتتاح الميناء الجديد");
        Assert.Equal("عكاظ", okaz.Element("category")!.Value);
        Assert.Equal("عكاظ", okaz.Element("source")!.Value);
        Assert.Equal("https://www.okaz.com.sa", okaz.Element("source")!.Attribute("url")!.Value);
        var unknown = rss.Descendants("item").Single(i => i.Element("title")!.Value == "إغلاق الميناء القديم");
        Assert.Equal("newpaper", unknown.Element("category")!.Value);
        Assert.Null(unknown.Element("source"));
    }

    [Theory]
    [InlineData(Okaz, "okaz", "عكاظ")]
    [InlineData(Unknown, "newpaper", "newpaper")]
    public async Task Api_article_keeps_the_key_as_source_and_adds_the_name(int id, string source, string sourceName)
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync($"/api/articles/{id}", Ct));
        Assert.Equal(source, json.RootElement.GetProperty("source").GetString());
        Assert.Equal(sourceName, json.RootElement.GetProperty("sourceName").GetString());
    }

    [Fact]
    public async Task Home_sections_show_the_name_and_filter_by_the_key()
    {
        var html = await Client.GetStringAsync("/", Ct);
        Assert.Matches("""href="/\?source=okaz"[^>]*><bdi>عكاظ</bdi>""", html);
        Assert.Matches("""href="/\?source=newpaper"[^>]*><bdi>newpaper</bdi>""", html);
    }

    [Fact]
    public async Task A_rename_saved_through_the_registry_reaches_a_cached_and_revalidated_article_page()
    {
        var first = await Client.GetAsync($"/articles/{Okaz}", Ct);
        var etag = first.Headers.ETag!;
        var saved = await App.Services.GetRequiredService<SourceRegistry>()
            .SaveAsync(new SourceEdit("okaz", "صحيفة عكاظ", "عكاظ", "https://www.okaz.com.sa"), "admin@example.org", Ct);
        Assert.Empty(saved);
        // What the sources page does after a save.
        App.Services.GetRequiredService<SourceNamesQuery>().Forget();
        await App.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCacheEvictor.Tag, Ct);

        using var request = new HttpRequestMessage(HttpMethod.Get, first.RequestMessage!.RequestUri);
        request.Headers.IfNoneMatch.Add(etag);
        var again = await Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("صحيفة عكاظ", MetaSource().Match(await again.Content.ReadAsStringAsync(Ct)).Groups[1].Value);
    }

    [Fact]
    public async Task Search_facets_show_the_name_and_filter_by_the_key()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("الميناء"), Ct);
        Assert.Matches("""href="/search\?q=[^"]*source=okaz[^"]*"[^>]*><bdi>عكاظ</bdi>""", html);
    }
}
