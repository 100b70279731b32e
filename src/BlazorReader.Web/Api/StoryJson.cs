using System.Globalization;
using BlazorReader.Data.Media;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Stories;
using BlazorReader.Web.Components.Shared;

namespace BlazorReader.Web.Api;

// An article's story as the article API names it; Size counts its tellings (a paper's copies once).
public sealed record StoryRefJson(int Id, string Path, int Size)
{
    public static StoryRefJson? From(Story? story) => story is null ? null : new(story.Id, story.Path, story.ArticleCount);
}

// One paper's telling of the story; SourceName is the registry's name (the key until named).
public sealed record CoverageJson(int Id, string Title, string Path, string? SourceUrl, string? Source, string? SourceName, string? PublishedAt)
{
    public static CoverageJson From(CoverageItem item, Func<string?, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(nameOf);
        return new(item.Id, item.Title, ArticlePaths.Of(item.Id, item.Slug), item.SourceUrl, item.Source, nameOf(item.Source),
            Stamp(item.PublishedAt ?? item.SortDate));
    }

    internal static string Stamp(DateTime d) => DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}

// One of a story's articles: its telling, with its lead picture as the article API gives it.
public sealed record StoryArticleJson(int Id, string Title, string Path, string? SourceUrl, string? Source, string? SourceName, string? PublishedAt,
    LeadPictureJson? LeadPicture);

// GET /api/stories/{id}: the story and its published articles, oldest first. Pictures: the
// members' lead pictures by id; origin: the site's address.
public sealed record StoryJson(int Id, string Title, string Path, int Size, int Sources, string FirstPublishedAt, string LastPublishedAt,
    IReadOnlyList<StoryArticleJson> Articles)
{
    public static StoryJson From(PublishedStory found, Func<string?, string?> nameOf, IReadOnlyDictionary<int, MediaPicture> pictures, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(pictures);
        var s = found.Story;
        return new(s.Id, s.DisplayTitle, s.Path, s.ArticleCount, s.SourceCount, CoverageJson.Stamp(s.FirstPublishedAt), CoverageJson.Stamp(s.LastPublishedAt),
            [.. found.Members.Select(a => Member(a, nameOf, pictures, origin))]);
    }

    private static StoryArticleJson Member(StoryMember a, Func<string?, string?> nameOf, IReadOnlyDictionary<int, MediaPicture> pictures, Uri origin)
    {
        var c = CoverageJson.From(new CoverageItem(a.Id, a.Title, a.Slug, a.SourceUrl, a.Source, a.PublishedAt, a.SortDate), nameOf);
        return new(c.Id, c.Title, c.Path, c.SourceUrl, c.Source, c.SourceName, c.PublishedAt,
            LeadPictureJson.From(a.LeadMediaId is { } lead ? pictures.GetValueOrDefault(lead) : null, origin));
    }
}
