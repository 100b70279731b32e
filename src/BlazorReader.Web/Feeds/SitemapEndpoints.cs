using System.Globalization;
using BlazorReader.Data.Queries;
using BlazorReader.Web.Components.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Feeds;

// The sitemap of every published article. Past 50,000 URLs a sitemap must be split:
// /sitemap.xml then becomes the index of /sitemaps/N.xml, 50,000 URLs each.
public static class SitemapEndpoints
{
    public const int PageSize = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string ContentType = "application/xml; charset=utf-8";

    public static void MapSitemaps(this IEndpointRouteBuilder crawlers)
    {
        crawlers.MapGet("/sitemap.xml", SitemapAsync);
        crawlers.MapGet("/sitemaps/{page:int}.xml", SitemapPageAsync);
    }

    private static async Task<ContentHttpResult> SitemapAsync(HttpRequest request, SitemapQuery sitemap, CancellationToken ct)
    {
        var count = await sitemap.CountAsync(ct);
        if (count <= PageSize)
        {
            return await UrlSetAsync(request, sitemap, 0, ct);
        }
        var origin = request.Origin();
        return CrawlerResponses.Xml(ContentType, x =>
        {
            x.WriteStartElement("sitemapindex", Namespace);
            for (var page = 0; page * PageSize < count; page++)
            {
                x.WriteStartElement("sitemap");
                x.WriteElementString("loc", $"{origin}/sitemaps/{page + 1}.xml");
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
    }

    private static async Task<Results<ContentHttpResult, NotFound>> SitemapPageAsync(int page, HttpRequest request, SitemapQuery sitemap, CancellationToken ct)
    {
        // Only the pages the index lists exist (page 1 always, even for an empty store).
        if (page < 1 || (page > 1 && (long)(page - 1) * PageSize >= await sitemap.CountAsync(ct)))
        {
            return TypedResults.NotFound();
        }
        return await UrlSetAsync(request, sitemap, page - 1, ct);
    }

    private static async Task<ContentHttpResult> UrlSetAsync(HttpRequest request, SitemapQuery sitemap, int page, CancellationToken ct)
    {
        var entries = await sitemap.PageAsync(page, PageSize, ct);
        var origin = request.Origin();
        return CrawlerResponses.Xml(ContentType, x =>
        {
            x.WriteStartElement("urlset", Namespace);
            foreach (var a in entries)
            {
                x.WriteStartElement("url");
                x.WriteElementString("loc", origin + ArticlePaths.Of(a.Id, a.Slug));
                x.WriteElementString("lastmod", a.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
    }
}
