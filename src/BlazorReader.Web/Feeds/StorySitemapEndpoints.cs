using System.Globalization;
using BlazorReader.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Feeds;

// The stories' pages for crawlers, in a sitemap of their own that robots.txt names beside the
// articles' one, so the articles' sitemap and its paging stay as they are.
public static class StorySitemapEndpoints
{
    public const string Path = "/sitemaps/stories.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapStorySitemap(this IEndpointRouteBuilder crawlers) =>
        crawlers.MapGet(Path, SitemapAsync);

    private static async Task<ContentHttpResult> SitemapAsync(HttpRequest request, StorySitemapQuery stories, CancellationToken ct)
    {
        var entries = await stories.ListAsync(SitemapEndpoints.PageSize, ct);
        var origin = request.Origin();
        return CrawlerResponses.Xml("application/xml; charset=utf-8", x =>
        {
            x.WriteStartElement("urlset", Namespace);
            foreach (var s in entries)
            {
                x.WriteStartElement("url");
                x.WriteElementString("loc", $"{origin}/stories/{s.Id}/{Uri.EscapeDataString(s.Slug)}");
                x.WriteElementString("lastmod", s.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
    }
}
