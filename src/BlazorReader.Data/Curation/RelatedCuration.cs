using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Curation;

public sealed record CuratedStory(int Id, string Title, Core.Articles.ArticleStatus Status, string? Source);

public sealed record RelatedCurationState(IReadOnlyList<CuratedStory> Pins, IReadOnlyList<CuratedStory> Hidden, IReadOnlyList<RelatedStory> Current);

// An editor's pins (in order) and hides for one article's related list. Each change is a
// change-log entry for the article, so its stored list, and the public page, follow within seconds.
public sealed class RelatedCuration(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    public async Task<RelatedCurationState> LoadAsync(int articleId, CancellationToken ct = default)
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

    public Task<bool> PinAsync(int articleId, int otherId, string? user, CancellationToken ct = default) =>
        ChangeAsync(articleId, otherId, user, $"pinned #{otherId}", (db, existing, pins) =>
        {
            var o = existing ?? db.RelatedOverrides.Add(new RelatedOverride { ArticleId = articleId, OtherArticleId = otherId }).Entity;
            (o.Hidden, o.Position) = (false, pins.Count == 0 ? 0 : pins.Max(p => p.Position) + 1);
        }, ct);

    public Task<bool> HideAsync(int articleId, int otherId, string? user, CancellationToken ct = default) =>
        ChangeAsync(articleId, otherId, user, $"hid #{otherId}", (db, existing, _) =>
        {
            var o = existing ?? db.RelatedOverrides.Add(new RelatedOverride { ArticleId = articleId, OtherArticleId = otherId }).Entity;
            (o.Hidden, o.Position) = (true, 0);
        }, ct);

    // Unpin or unhide: the story goes back to whatever the computed list makes of it.
    public Task<bool> ReleaseAsync(int articleId, int otherId, string? user, CancellationToken ct = default) =>
        ChangeAsync(articleId, otherId, user, $"released #{otherId}", (db, existing, _) =>
        {
            if (existing is not null)
            {
                db.RelatedOverrides.Remove(existing);
            }
        }, ct);

    // Moves a pin one place up (-1) or down (+1) by swapping with its neighbour.
    public Task<bool> MoveAsync(int articleId, int otherId, int step, string? user, CancellationToken ct = default) =>
        ChangeAsync(articleId, otherId, user, $"moved #{otherId} {(step < 0 ? "up" : "down")}", (_, existing, pins) =>
        {
            var ordered = pins.OrderBy(p => p.Position).ToList();
            var at = existing is null ? -1 : ordered.IndexOf(existing);
            var to = at + Math.Sign(step);
            if (at < 0 || to < 0 || to >= ordered.Count)
            {
                return;
            }
            (ordered[at], ordered[to]) = (ordered[to], ordered[at]);
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].Position = i;
            }
        }, ct);

    private async Task<bool> ChangeAsync(int articleId, int otherId, string? user, string detail,
        Action<ReaderDbContext, RelatedOverride?, List<RelatedOverride>> change, CancellationToken ct)
    {
        if (articleId == otherId)
        {
            return false;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Articles.CountAsync(a => a.Id == articleId || a.Id == otherId, ct) != 2)
        {
            return false;
        }
        var overrides = await db.RelatedOverrides.Where(o => o.ArticleId == articleId).ToListAsync(ct);
        change(db, overrides.FirstOrDefault(o => o.OtherArticleId == otherId), [.. overrides.Where(o => !o.Hidden)]);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeLog.Add(new ChangeLogEntry { ArticleId = articleId, Kind = ChangeKind.Updated, At = now });
        AuditTrail.Add(db, clock, user, AuditActions.RelatedChanged, $"#{articleId}: {detail}", articleId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
