using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BlazorReader.Data.Queries;

namespace BlazorReader.Web.Formatting;

// schema.org CollectionPage for a story: its articles as an ItemList of NewsArticles, each
// with its paper as publisher. As for NewsArticleJsonLd, '<' and '>' are escaped so no text
// can close the script element it is written into.
public static class StoryJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string For(PublishedStory page, string title, Uri url, Func<string?, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(nameOf);
        var origin = url.GetLeftPart(UriPartial.Authority);
        var items = page.Members.Select((m, i) => new Dictionary<string, object>
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["item"] = new Dictionary<string, object>
            {
                ["@type"] = "NewsArticle",
                ["headline"] = m.Title.Length > 110 ? m.Title[..110] : m.Title,
                ["url"] = origin + ArticlePath(m),
                ["datePublished"] = Iso(m.SortDate),
                ["inLanguage"] = "ar",
                ["publisher"] = new Dictionary<string, string>
                {
                    ["@type"] = "Organization",
                    ["name"] = nameOf(m.Source) ?? NewsArticleJsonLd.SiteName,
                },
            },
        }).ToList();
        var data = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CollectionPage",
            ["name"] = title,
            ["url"] = url.AbsoluteUri,
            ["inLanguage"] = "ar",
            ["datePublished"] = Iso(page.Members[0].SortDate),
            ["dateModified"] = Iso(page.Members[^1].SortDate > page.Story.UpdatedAt ? page.Members[^1].SortDate : page.Story.UpdatedAt),
            ["mainEntity"] = new Dictionary<string, object>
            {
                ["@type"] = "ItemList",
                ["numberOfItems"] = items.Count,
                ["itemListElement"] = items,
            },
        };
        return JsonSerializer.Serialize(data, Options);
    }

    private static string ArticlePath(StoryMember m) => Components.Shared.ArticlePaths.Of(m.Id, m.Slug);

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
