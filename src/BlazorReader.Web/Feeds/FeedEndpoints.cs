using System.Globalization;
using System.Text;
using System.Xml;
using BlazorReader.Core.Articles;
using BlazorReader.Data;
using BlazorReader.Web.Components.Shared;
using BlazorReader.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Web.Feeds;

// RSS 2.0, sitemaps and robots.txt for crawlers and feed readers; published articles only.
public static class FeedEndpoints
{
    public const int SitemapPageSize = 50_000;
    private const int FeedSize = 50;

    public static void MapFeeds(this WebApplication app)
    {
        app.MapGet("/feed", WriteRssAsync);
        app.MapGet("/sitemap.xml", WriteSitemapAsync);
        app.MapGet("/sitemaps/{page:int}.xml", WriteSitemapPageAsync);
        app.MapGet("/robots.txt", (HttpRequest request) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nSitemap: {Origin(request)}/sitemap.xml\n", "text/plain; charset=utf-8"));
    }

    private static string Origin(HttpRequest r) => $"{r.Scheme}://{r.Host}";

    private static IQueryable<Data.Articles.Article> Published(ReaderDbContext db) =>
        db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);

    private static async Task WriteRssAsync(HttpContext http, IDbContextFactory<ReaderDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var items = await Published(db).OrderByDescending(a => a.SortDate).ThenByDescending(a => a.Id).Take(FeedSize)
            .Select(a => new { a.Id, a.Slug, a.Title, a.Lead, a.Source, a.SortDate }).ToListAsync(http.RequestAborted);
        var origin = Origin(http.Request);
        await WriteXmlAsync(http, "application/rss+xml; charset=utf-8", x =>
        {
            x.WriteStartElement("rss");
            x.WriteAttributeString("version", "2.0");
            x.WriteStartElement("channel");
            x.WriteElementString("title", NewsArticleJsonLd.SiteName);
            x.WriteElementString("link", origin + "/");
            x.WriteElementString("description", "آخر الأخبار العربية، نظيفة ومقروءة.");
            x.WriteElementString("language", "ar");
            foreach (var a in items)
            {
                var link = origin + ArticlePaths.Of(a.Id, a.Slug);
                x.WriteStartElement("item");
                x.WriteElementString("title", XmlSafe(a.Title));
                x.WriteElementString("link", link);
                x.WriteStartElement("guid");
                x.WriteAttributeString("isPermaLink", "true");
                x.WriteString(link);
                x.WriteEndElement();
                x.WriteElementString("description", XmlSafe(a.Lead));
                x.WriteElementString("pubDate", DateTime.SpecifyKind(a.SortDate, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture));
                if (a.Source is not null)
                {
                    x.WriteElementString("category", XmlSafe(a.Source));
                }
                x.WriteEndElement();
            }
            x.WriteEndElement();
            x.WriteEndElement();
        });
    }

    // Past 50,000 URLs a sitemap must be split: the index then lists one sitemap per 50,000.
    private static async Task WriteSitemapAsync(HttpContext http, IDbContextFactory<ReaderDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var count = await Published(db).CountAsync(http.RequestAborted);
        if (count <= SitemapPageSize)
        {
            await WriteUrlSetAsync(http, db, 0);
            return;
        }
        var origin = Origin(http.Request);
        await WriteXmlAsync(http, "application/xml; charset=utf-8", x =>
        {
            x.WriteStartElement("sitemapindex", "http://www.sitemaps.org/schemas/sitemap/0.9");
            for (var page = 0; page * SitemapPageSize < count; page++)
            {
                x.WriteStartElement("sitemap");
                x.WriteElementString("loc", $"{origin}/sitemaps/{page + 1}.xml");
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
    }

    private static async Task WriteSitemapPageAsync(int page, HttpContext http, IDbContextFactory<ReaderDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        // Only the pages the index lists exist (page 1 always, even for an empty store).
        if (page < 1 || (page > 1 && (long)(page - 1) * SitemapPageSize >= await Published(db).CountAsync(http.RequestAborted)))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await WriteUrlSetAsync(http, db, page - 1);
    }

    private static async Task WriteUrlSetAsync(HttpContext http, ReaderDbContext db, int page)
    {
        var rows = await Published(db).OrderBy(a => a.Id).Skip(page * SitemapPageSize).Take(SitemapPageSize)
            .Select(a => new { a.Id, a.Slug, a.UpdatedAt }).ToListAsync(http.RequestAborted);
        var origin = Origin(http.Request);
        await WriteXmlAsync(http, "application/xml; charset=utf-8", x =>
        {
            x.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var a in rows)
            {
                x.WriteStartElement("url");
                x.WriteElementString("loc", origin + ArticlePaths.Of(a.Id, a.Slug));
                x.WriteElementString("lastmod", a.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
    }

    // Scraped text can hold control characters that XML forbids; they carry no meaning.
    private static string XmlSafe(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text, i++, 2);
            }
        }
        return sb.ToString();
    }

    private static async Task WriteXmlAsync(HttpContext http, string contentType, Action<XmlWriter> write)
    {
        http.Response.ContentType = contentType;
        var buffer = new StringBuilder();
        using (var x = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = false, OmitXmlDeclaration = true }))
        {
            write(x);
        }
        await http.Response.WriteAsync("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + buffer, http.RequestAborted);
    }
}
