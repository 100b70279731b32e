using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Related;
using BlazorReader.Data.Media;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Sources;
using BlazorReader.Web.Components.Shared;
using BlazorReader.Web.Formatting;

namespace BlazorReader.Web.Api;

public sealed record ArticleLinkJson(int Id, string Title, string Path, string? SourceUrl);

public sealed record ArticleLinksJson(IReadOnlyList<ArticleLinkJson> Items);

public sealed record ArticleBlockJson(string Kind, string Text, string Dir, string? Url, string? AuthorName, string? Handle, string? Date);

public sealed record ArticleTeaserJson(string Text, string? Path);

// An article's lead picture as the API gives it: the address crawlers get (SharedImage: the
// widest JPEG variant), its pixel size and its alt text.
public sealed record LeadPictureJson(string Url, int Width, int Height, string Alt)
{
    public static LeadPictureJson? From(MediaPicture? picture, Uri origin)
    {
        if (picture is null)
        {
            return null;
        }
        var image = SharedImage.Of(picture, origin);
        return new(image.Url.AbsoluteUri, image.Width, image.Height, picture.Alt);
    }
}

public sealed record RelatedJson(int Id, string Title, string Path, string? SourceUrl, string? Source, string? PublishedAt, string Kind)
{
    public static RelatedJson From(RelatedStory s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Title, ArticlePaths.Of(s.Id, s.Slug), s.SourceUrl, s.Source,
            s.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ((RelatedKind)s.Kind).Name());
    }
}

// The article as the API gives it: metadata, the Markdown body, blocks, teasers, related stories,
// its story (null when no other paper tells it) and the other papers' tellings of it. Source is
// the key articles carry; SourceName the paper's Arabic name (the key where it has none).
public sealed record ArticleJson(
    int Id, string Title, bool TitleDerived, string Slug, string Path, string? Source, string? SourceName, string? SourceUrl,
    string? Byline, string? Dateline, string? Attribution, string? PublishedAt, bool PublishedAtInferred,
    string Status, IReadOnlyList<string> Tags, int ReadingMinutes, string Markdown,
    IReadOnlyList<ArticleBlockJson> Blocks, IReadOnlyList<ArticleTeaserJson> Teasers, IReadOnlyList<RelatedJson> Related,
    string CreatedAt, string UpdatedAt, StoryRefJson? Story, IReadOnlyList<CoverageJson> Coverage, LeadPictureJson? LeadPicture)
{
    // Origin: the site's address, for the lead picture's.
    public static ArticleJson From(PublishedArticle found, SourceNames sources, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(sources);
        var (a, teaserSlugs, related) = found;
        return new(a.Id, a.Title, a.TitleDerived, a.Slug, ArticlePaths.Of(a.Id, a.Slug), a.Source, sources.NameOf(a.Source), a.SourceUrl,
            a.Byline, a.Dateline, a.Attribution, Day(a.PublishedAt), a.PublishedAtInferred,
            a.Status.ToString().ToLowerInvariant(), [.. a.Tags.Select(t => t.Name)], a.ReadingMinutes, a.BodyMarkdown,
            [.. a.Blocks.Select(b => new ArticleBlockJson(b.Kind.ToString().ToLowerInvariant(), b.Text,
                b.Dir == TextDirection.Ltr ? "ltr" : "rtl", b.Url, b.AuthorName, b.Handle,
                b.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))],
            [.. a.Teasers.OrderBy(t => t.Position).Select(t => new ArticleTeaserJson(t.Text,
                t.LinkedArticleId is { } id && teaserSlugs.TryGetValue(id, out var slug) ? ArticlePaths.Of(id, slug) : null))],
            [.. related.Select(RelatedJson.From)],
            Stamp(a.CreatedAt), Stamp(a.UpdatedAt),
            StoryRefJson.From(found.Coverage.Story), [.. found.Coverage.Items.Select(i => CoverageJson.From(i, sources.NameOf))],
            LeadPictureJson.From(found.LeadPicture, origin));
    }

    private static string? Day(DateTime? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Stamp(DateTime d) => DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
