using BlazorReader.Core.Markdown;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Media;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

// TeaserSlugs: the slug of each teaser's target that a reader may open; other teasers stay text.
// Coverage: the article's story and the other papers' tellings of it (none when it has no story).
public sealed record PublishedArticle(Article Article, IReadOnlyDictionary<int, string> TeaserSlugs, IReadOnlyList<RelatedStory> Related)
{
    public StoryCoverage Coverage { get; init; } = StoryCoverage.None;

    // The library pictures its body names (Core.Markdown.MediaReference) and its lead picture,
    // without their bytes.
    public IReadOnlyDictionary<int, MediaPicture> Pictures { get; init; } = new Dictionary<int, MediaPicture>();

    public MediaPicture? LeadPicture => Article.LeadMediaId is { } id ? Pictures.GetValueOrDefault(id) : null;
}

// One published article as the article page and the article API give it: the article with
// its teasers (in order) and tags, where its teasers lead, its story's coverage and its related list.
public sealed class PublishedArticleQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<PublishedArticle?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Published()
            .Include(a => a.Teasers.OrderBy(t => t.Position))
            .Include(a => a.Tags)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return null;
        }
        var linked = article.Teasers.Where(t => t.LinkedArticleId is not null).Select(t => t.LinkedArticleId!.Value).ToList();
        var teaserSlugs = linked.Count == 0
            ? new Dictionary<int, string>()
            : await db.Articles.AsNoTracking().Published().Where(a => linked.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Slug, ct);
        return new PublishedArticle(article, teaserSlugs, await RelatedStoryQuery.ForAsync(db, id, ct))
        {
            Coverage = await CoverageQuery.ForAsync(db, id, article.StoryId, article.Source, ct),
            Pictures = await MediaQuery.PicturesAsync(db, [.. MediaReference.In(article.Blocks), .. article.LeadMediaId is { } lead ? [lead] : Array.Empty<int>()], ct),
        };
    }
}
