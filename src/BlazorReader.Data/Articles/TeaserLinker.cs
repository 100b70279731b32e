using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Articles;

// Links teasers to the stored articles they name, by normalised title, in both directions:
// a new article's teasers find stored stories, and stored teasers find the new article.
// The written articles must already be stored (they have ids); their own teasers are linked
// in memory, so they may be stored afterwards (the import's bulk rows) or tracked by the context.
public static class TeaserLinker
{
    public static async Task LinkAsync(ReaderDbContext db, IReadOnlyCollection<Article> written, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(written);
        // Of several articles written together with one title, the first in the batch is the target.
        var titles = written.Where(a => a.TitleKey.Length > 0).GroupBy(a => a.TitleKey).ToDictionary(g => g.Key, g => g.First().Id);
        var open = written.SelectMany(a => a.Teasers.Select(t => (Article: a, Teaser: t)))
            .Where(x => x.Teaser.LinkedArticleId is null && x.Teaser.NormalizedText.Length > 0).ToList();
        if (open.Count > 0)
        {
            var keys = open.Select(x => x.Teaser.NormalizedText).Distinct().ToList();
            var targets = (await db.Articles.AsNoTracking().Where(a => keys.Contains(a.TitleKey))
                .OrderByDescending(a => a.SortDate).Select(a => new { a.Id, a.TitleKey }).ToListAsync(ct))
                .ToLookup(t => t.TitleKey, t => t.Id);
            foreach (var (article, teaser) in open)
            {
                var key = teaser.NormalizedText;
                teaser.LinkedArticleId = titles.TryGetValue(key, out var sameBatch) && sameBatch != article.Id
                    ? sameBatch
                    : targets[key].Where(id => id != article.Id).Select(id => (int?)id).FirstOrDefault();
            }
        }
        await LinkWaitingTeasersAsync(db, written, titles, ct);
    }

    // Teasers stored earlier that were waiting for one of these titles: set in the store, one
    // statement per target, since their rows are not loaded.
    private static async Task LinkWaitingTeasersAsync(ReaderDbContext db, IReadOnlyCollection<Article> written,
        Dictionary<string, int> titles, CancellationToken ct)
    {
        if (titles.Count == 0)
        {
            return;
        }
        var keyList = titles.Keys.ToList();
        var writtenIds = written.Select(a => a.Id).ToHashSet();
        // Asked by title alone, the store uses the title index; with "not yet linked" in the query
        // SQLite walked every unlinked teaser (most of them) for each batch.
        var named = await db.Teasers.AsNoTracking().Where(t => keyList.Contains(t.NormalizedText))
            .Select(t => new { t.Id, t.ArticleId, t.NormalizedText, t.LinkedArticleId }).ToListAsync(ct);
        var waiting = named.Where(t => t.LinkedArticleId is null && !writtenIds.Contains(t.ArticleId));
        foreach (var group in waiting.Where(t => titles.ContainsKey(t.NormalizedText)).GroupBy(t => titles[t.NormalizedText], t => t.Id))
        {
            var ids = group.ToList();
            await db.Teasers.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.LinkedArticleId, group.Key), ct);
        }
    }
}
