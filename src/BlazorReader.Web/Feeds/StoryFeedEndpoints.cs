using BlazorReader.Data.Queries;
using BlazorReader.Web.Components.Shared;
using BlazorReader.Web.Formatting;
using BlazorReader.Web.Media;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Feeds;

// A story's own RSS 2.0 feed, in the site feed's format: its published articles, newest first,
// so a reader can follow one event as papers add to it.
public static class StoryFeedEndpoints
{
    private const int FeedSize = 50;

    public static void MapStoryFeeds(this IEndpointRouteBuilder app) =>
        app.MapGet("/stories/{id:int}/feed", RssAsync);

    private static async Task<Results<ContentHttpResult, NotFound>> RssAsync(int id, HttpRequest request, StoryPageQuery stories,
        SourceNamesQuery names, MediaQuery media, VariantCache variants, CancellationToken ct)
    {
        if (await stories.FindAsync(id, ct) is not { } story)
        {
            return TypedResults.NotFound();
        }
        var papers = await names.NamesAsync(ct);
        var origin = request.Origin();
        var items = story.Members.Reverse().Take(FeedSize).ToList();
        var enclosures = await FeedEndpoints.EnclosuresAsync([.. items.Select(i => (i.Id, i.LeadMediaId))], new Uri(origin + "/"), media, variants, ct);
        return CrawlerResponses.Xml("application/rss+xml; charset=utf-8", x =>
        {
            x.WriteStartElement("rss");
            x.WriteAttributeString("version", "2.0");
            x.WriteStartElement("channel");
            x.WriteElementString("title", FeedEndpoints.XmlSafe($"{story.Story.DisplayTitle} — {NewsArticleJsonLd.SiteName}"));
            x.WriteElementString("link", origin + story.Story.Path);
            x.WriteElementString("description", FeedEndpoints.XmlSafe(story.Story.DisplayTitle));
            x.WriteElementString("language", "ar");
            foreach (var a in items)
            {
                FeedEndpoints.WriteItem(x, origin + ArticlePaths.Of(a.Id, a.Slug), a.Title, a.Lead, a.SortDate, a.Source, papers, enclosures.GetValueOrDefault(a.Id));
            }
            x.WriteEndElement();
            x.WriteEndElement();
        });
    }
}
