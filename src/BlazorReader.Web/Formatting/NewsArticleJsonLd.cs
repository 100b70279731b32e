using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Sources;

namespace BlazorReader.Web.Formatting;

// schema.org NewsArticle for crawlers. The serializer escapes '<' and '>', so article text
// can never close the <script type="application/ld+json"> element it is written into.
public static class NewsArticleJsonLd
{
    public const string SiteName = "قارئ الأخبار";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // The paper is the registry's entry for the article's source, when it has one; the image
    // the article's lead picture, when it has one.
    public static string For(Article article, Uri url, NewsSource? paper = null, SharedImage? image = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var byline = string.IsNullOrWhiteSpace(article.Byline) ? null : article.Byline.Trim();
        var published = (article.PublishedAt ?? article.CreatedAt).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title.Length > 110 ? article.Title[..110] : article.Title,
            ["description"] = article.Lead,
            ["datePublished"] = published,
            ["dateModified"] = article.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["inLanguage"] = "ar",
            ["mainEntityOfPage"] = url.AbsoluteUri,
            ["url"] = url.AbsoluteUri,
            ["author"] = new Dictionary<string, string>
            {
                ["@type"] = byline is null ? "Organization" : "Person",
                ["name"] = byline ?? paper?.Name ?? article.Source ?? SiteName,
            },
            ["publisher"] = Publisher(article.Source, paper),
        };
        // Crawlers read a null as a broken value: a field without data is left out.
        if (!string.IsNullOrWhiteSpace(article.SourceUrl))
        {
            data["isBasedOn"] = article.SourceUrl;
        }
        if (image is not null)
        {
            data["image"] = new Dictionary<string, object>
            {
                ["@type"] = "ImageObject", ["url"] = image.Url.AbsoluteUri, ["width"] = image.Width, ["height"] = image.Height,
            };
        }
        return JsonSerializer.Serialize(data, Options);
    }

    // The paper that published the story; an unnamed source by its key, a story without a
    // source by this site.
    private static Dictionary<string, string> Publisher(string? source, NewsSource? paper)
    {
        if (source is null)
        {
            return new() { ["@type"] = "Organization", ["name"] = SiteName };
        }
        var publisher = new Dictionary<string, string> { ["@type"] = "NewsMediaOrganization", ["name"] = paper?.Name ?? source };
        if (!string.IsNullOrWhiteSpace(paper?.SiteUrl))
        {
            publisher["url"] = paper.SiteUrl;
        }
        return publisher;
    }
}
