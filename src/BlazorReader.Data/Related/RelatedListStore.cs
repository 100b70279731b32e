using BlazorReader.Core.Related;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Related;

// What editors and teasers decide for an article's list, read from the store, and the
// computed lists written back as RelatedLinks.
internal static class RelatedListStore
{
    public sealed record EditorialInputs(IReadOnlyList<int> Pins, IReadOnlyCollection<int> Hidden, IReadOnlyList<ScoredArticle> Teasers)
    {
        public static EditorialInputs None { get; } = new([], [], []);
    }

    // Null ids reads every article's inputs (a rebuild); otherwise only those articles'.
    public static async Task<Dictionary<int, EditorialInputs>> ReadInputsAsync(ReaderDbContext db, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var overrides = db.RelatedOverrides.AsNoTracking();
        var teasers = db.Teasers.AsNoTracking().Where(t => t.LinkedArticleId != null);
        if (ids is not null)
        {
            overrides = overrides.Where(o => ids.Contains(o.ArticleId));
            teasers = teasers.Where(t => ids.Contains(t.ArticleId));
        }
        var overridesOf = (await overrides.ToListAsync(ct)).ToLookup(o => o.ArticleId);
        var teasersOf = (await teasers.Select(t => new { t.ArticleId, t.Position, Target = t.LinkedArticleId!.Value }).ToListAsync(ct))
            .ToLookup(t => t.ArticleId);
        return overridesOf.Select(g => g.Key).Union(teasersOf.Select(g => g.Key)).ToDictionary(id => id, id => new EditorialInputs(
            [.. overridesOf[id].Where(o => !o.Hidden).OrderBy(o => o.Position).Select(o => o.OtherArticleId)],
            [.. overridesOf[id].Where(o => o.Hidden).Select(o => o.OtherArticleId)],
            // A teaser is the paper's own pointer to a story: it ranks as a certainty.
            [.. teasersOf[id].OrderBy(t => t.Position).Select(t => new ScoredArticle(t.Target, 1.0))]));
    }

    // Only articles still stored are written: on a server store another instance may have
    // deleted one since the lists were computed (its deletion reaches this instance's log
    // later). Should one go between this check and the insert, the write fails, the batch is
    // retried next tick, and this check then leaves it out. One instance writes lists at a time
    // (the lease), but a holder handing over or `cli related` may still overlap another: the
    // delete and the insert are one transaction, and a list's positions are unique, so two
    // writers replacing one list at once cannot leave both lists' rows behind (the second
    // insert fails, rolls its delete back and is retried).
    public static async Task ReplaceAsync(ReaderDbContext db, IReadOnlyDictionary<int, IReadOnlyList<RelatedItem>> lists, CancellationToken ct)
    {
        var ids = lists.Keys.ToList();
        var named = lists.Values.SelectMany(items => items.Select(i => i.ArticleId)).Union(ids).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var stored = (await db.Articles.Where(a => named.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        await db.RelatedLinks.Where(l => ids.Contains(l.ArticleId)).ExecuteDeleteAsync(ct);
        await AddAsync(db, lists.Where(l => stored.Contains(l.Key)).ToDictionary(
            l => l.Key, l => (IReadOnlyList<RelatedItem>)[.. l.Value.Where(i => stored.Contains(i.ArticleId))]), ct);
        await tx.CommitAsync(ct);
    }

    // Every stored list as a reader sees it (related article, kind, reason, in order), so that a
    // refresh writes only the lists that differ.
    public static async Task<Dictionary<int, List<(int Id, RelatedKind Kind, string? Reason)>>> ReadShownAsync(ReaderDbContext db, CancellationToken ct) =>
        (await db.RelatedLinks.AsNoTracking().Select(l => new { l.ArticleId, l.Position, l.RelatedArticleId, l.Kind, l.Reason }).ToListAsync(ct))
            .GroupBy(l => l.ArticleId)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Position).Select(l => (l.RelatedArticleId, (RelatedKind)l.Kind, l.Reason)).ToList());

    public static bool Shows(IReadOnlyList<RelatedItem> list, List<(int Id, RelatedKind Kind, string? Reason)>? shown) =>
        list.Select(i => (i.ArticleId, i.Kind, i.Reason)).SequenceEqual(shown ?? []);

    public static async Task AddAsync(ReaderDbContext db, IReadOnlyDictionary<int, IReadOnlyList<RelatedItem>> lists, CancellationToken ct)
    {
        foreach (var (id, items) in lists)
        {
            db.RelatedLinks.AddRange(items.Select((item, position) => new RelatedLink
            {
                ArticleId = id, RelatedArticleId = item.ArticleId, Kind = (RelatedLinkKind)item.Kind, Score = item.Score, Position = position, Reason = item.Reason,
            }));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
