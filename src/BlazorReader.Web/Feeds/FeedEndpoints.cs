using System.Globalization;
using System.Text;
using System.Xml;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Sources;
using BlazorReader.Web.Components.Shared;
using BlazorReader.Web.Formatting;
using BlazorReader.Web.Media;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Feeds;

// RSS 2.0, sitemaps and robots.txt for crawlers and feed readers; published articles only.
public static class FeedEndpoints
{
    private const int FeedSize = 50;

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        // Crawlers look for these at the site's root: a group without a prefix.
        var crawlers = app.MapGroup("");
        crawlers.MapGet("/feed", RssAsync);
        crawlers.MapGet("/robots.txt", (HttpRequest request) => TypedResults.Text(
            $"User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nSitemap: {request.Origin()}/sitemap.xml\nSitemap: {request.Origin()}{StorySitemapEndpoints.Path}\n", "text/plain; charset=utf-8"));
        crawlers.MapSitemaps();
        app.MapStoryFeeds();
        crawlers.MapStorySitemap();
    }

    private static async Task<ContentHttpResult> RssAsync(HttpRequest request, FeedQuery feed, SourceNamesQuery sources,
        MediaQuery media, VariantCache variants, CancellationToken ct)
    {
        var items = await feed.LatestAsync(FeedSize, ct);
        var names = await sources.NamesAsync(ct);
        var origin = request.Origin();
        var enclosures = await EnclosuresAsync([.. items.Select(i => (i.Id, i.LeadMediaId))], new Uri(origin + "/"), media, variants, ct);
        return CrawlerResponses.Xml("application/rss+xml; charset=utf-8", x =>
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
                WriteItem(x, origin + ArticlePaths.Of(a.Id, a.Slug), a.Title, a.Lead, a.SortDate, a.Source, names, enclosures.GetValueOrDefault(a.Id));
            }
            x.WriteEndElement();
            x.WriteEndElement();
        });
    }

    // An item's lead picture as RSS wants it: an address, a type and a length in bytes. The
    // length is the variant file's, so each is drawn on this instance's first feed after it
    // is chosen (the feed is cached; later ones read the file's size).
    // Items are (article id, its lead picture's id), for the site's feed and a story's.
    internal static async Task<Dictionary<int, Enclosure>> EnclosuresAsync(IReadOnlyList<(int Id, int? LeadMediaId)> items, Uri origin, MediaQuery media,
        VariantCache variants, CancellationToken ct)
    {
        var leads = items.Where(i => i.LeadMediaId is not null).ToList();
        var pictures = await media.PicturesAsync([.. leads.Select(i => i.LeadMediaId!.Value).Distinct()], ct);
        var enclosures = new Dictionary<int, Enclosure>();
        foreach (var item in leads)
        {
            if (pictures.TryGetValue(item.LeadMediaId!.Value, out var picture) && SharedImage.Of(picture, origin) is var image
                && await variants.FileAsync(image.Variant, ct) is { } file)
            {
                enclosures[item.Id] = new Enclosure(image.Url.AbsoluteUri, "image/jpeg", new FileInfo(file).Length);
            }
        }
        return enclosures;
    }

    internal sealed record Enclosure(string Url, string Type, long Length);

    // One article as an item, for the site's feed and a story's.
    internal static void WriteItem(XmlWriter x, string link, string title, string lead, DateTime sortDate, string? source, SourceNames names,
        Enclosure? enclosure = null)
    {
        x.WriteStartElement("item");
        x.WriteElementString("title", XmlSafe(title));
        x.WriteElementString("link", link);
        x.WriteStartElement("guid");
        x.WriteAttributeString("isPermaLink", "true");
        x.WriteString(link);
        x.WriteEndElement();
        x.WriteElementString("description", XmlSafe(lead));
        x.WriteElementString("pubDate", DateTime.SpecifyKind(sortDate, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture));
        WriteSource(x, source, names);
        if (enclosure is not null)
        {
            x.WriteStartElement("enclosure");
            x.WriteAttributeString("url", enclosure.Url);
            x.WriteAttributeString("type", enclosure.Type);
            x.WriteAttributeString("length", enclosure.Length.ToString(CultureInfo.InvariantCulture));
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    // The paper by name, as feed readers show it; <source> (which RSS requires to carry an
    // address) only for a paper whose site is known.
    private static void WriteSource(XmlWriter x, string? key, SourceNames names)
    {
        if (key is null)
        {
            return;
        }
        var name = XmlSafe(names.NameOf(key)!);
        x.WriteElementString("category", name);
        if (names.Find(key)?.SiteUrl is { Length: > 0 } site)
        {
            x.WriteStartElement("source");
            x.WriteAttributeString("url", site);
            x.WriteString(name);
            x.WriteEndElement();
        }
    }

    // Scraped text can hold control characters that XML forbids; they carry no meaning.
    internal static string XmlSafe(string text)
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
}
