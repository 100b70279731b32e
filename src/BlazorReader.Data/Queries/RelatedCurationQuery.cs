using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record CuratedStory(int Id, string Title, Core.Articles.ArticleStatus Status, string? Source);

public sealed record RelatedCurationState(IReadOnlyList<CuratedStory> Pins, IReadOnlyList<CuratedStory> Hidden, IReadOnlyList<RelatedStory> Current);

// An article's related list as its editor sees it: pins in order, hides, and the stored list.
// Changes go through ArticleChanges.CurateRelatedAsync.
public sealed class RelatedCurationQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    public async Task<RelatedCurationState> OfAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var overrides = await db.RelatedOverrides.AsNoTracking().Where(o => o.ArticleId == articleId)
            .Join(db.Articles, o => o.OtherArticleId, a => a.Id, (o, a) => new { o.Hidden, o.Position, Story = new CuratedStory(a.Id, a.Title, a.Status, a.Source) })
            .ToListAsync(ct);
        return new RelatedCurationState(
            [.. overrides.Where(o => !o.Hidden).OrderBy(o => o.Position).Select(o => o.Story)],
            [.. overrides.Where(o => o.Hidden).Select(o => o.Story)],
            await RelatedStoryQuery.ForAsync(db, articleId, ct));
    }
}
