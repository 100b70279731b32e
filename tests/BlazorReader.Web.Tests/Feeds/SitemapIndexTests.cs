using System.Net;
using System.Xml.Linq;
using BlazorReader.Web.Feeds;

namespace BlazorReader.Web.Tests.Feeds;

// Past 50,000 URLs a sitemap must be split, and /sitemap.xml becomes the index of the parts.
public sealed class SitemapIndexTests : AppTest
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedCopies.AddAsync(App, SitemapEndpoints.PageSize, Ct);
    }

    [Fact]
    public async Task Past_50000_articles_the_sitemap_is_an_index_of_50000_url_parts()
    {
        var index = XDocument.Parse(await Client.GetStringAsync("/sitemap.xml", Ct));
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        var parts = index.Descendants(Ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.Equal(["/sitemaps/1.xml", "/sitemaps/2.xml"], parts);

        var last = XDocument.Parse(await Client.GetStringAsync("/sitemaps/2.xml", Ct));
        Assert.Equal(Ns + "urlset", last.Root!.Name);
        Assert.Single(last.Descendants(Ns + "url"));
    }

    [Fact]
    public async Task A_sitemap_part_past_the_last_is_404()
    {
        var response = await Client.GetAsync("/sitemaps/3.xml", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
