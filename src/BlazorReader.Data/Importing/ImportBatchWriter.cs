using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Importing;

// Writes one prepared batch in one transaction (the write unit's batch form, which also appends
// the change log), so a killed import loses at most the batch in flight. New articles (nearly
// all of a first import) go through the bulk rows; a changed article goes through EF, keeping
// its previous raw input as a snapshot.
internal static class ImportBatchWriter
{
    public static async Task WriteAsync(ReaderDbContext db, PreparedBatch batch, RowColumns<Article> columns, ImportSummary summary,
        CancellationToken ct)
    {
        // Opened here rather than by the transaction, so the page cache is reset on the same connection.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cache = await ImportPageCache.EnlargeAsync(db, ct);
            var written = await ArticleChanges.WriteImportBatchAsync(db, batch.Now, () => WriteArticlesAsync(db, batch, columns, summary, ct), ct);
            summary.Imported += written.Count(w => w.Kind == ChangeKind.Created);
            summary.Updated += written.Count(w => w.Kind == ChangeKind.Updated);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // In the write unit's transaction: which articles are new, changed or already stored, and their rows.
    private static async Task<IReadOnlyList<(int ArticleId, ChangeKind Kind)>> WriteArticlesAsync(ReaderDbContext db, PreparedBatch batch,
        RowColumns<Article> columns, ImportSummary summary, CancellationToken ct)
    {
        var existing = await FindExistingAsync(db, batch.Articles, ct);
        var seenInBatch = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<(PreparedArticle Prepared, int? StoredId)>();
        foreach (var prepared in batch.Articles)
        {
            var known = existing.TryGetValue(prepared.Key, out var stored);
            if (!seenInBatch.Add(prepared.Key) || (known && stored.ContentHash == prepared.Hash))
            {
                summary.Skipped++;
                continue;
            }
            written.Add((prepared, known ? stored.Id : null));
        }
        var updated = await UpdateAsync(db, [.. written.Where(w => w.StoredId is not null)], batch.Now, ct);
        var created = written.Where(w => w.StoredId is null).Select(w => w.Prepared).ToList();
        await using var rows = NewArticleRows.Create(db, columns);
        await rows.InsertArticlesAsync(created, ct);
        var changes = written.Select(w => w.StoredId is { } id
            ? (Article: updated[id], Kind: ChangeKind.Updated)
            : (Article: w.Prepared.Article, Kind: ChangeKind.Created)).ToList();
        await TeaserLinker.LinkAsync(db, [.. changes.Select(c => c.Article)], ct);
        await rows.InsertChildrenAsync(created.Select(p => p.Article), ct);
        await AuthoredArticleRow.AddTagsAsync(db, created, ct);
        return [.. changes.Select(c => (c.Article.Id, c.Kind))];
    }

    // Changed articles are rare; they are loaded whole and rewritten through change tracking.
    private static async Task<Dictionary<int, Article>> UpdateAsync(ReaderDbContext db,
        List<(PreparedArticle Prepared, int? StoredId)> changed, DateTime now, CancellationToken ct)
    {
        if (changed.Count == 0)
        {
            return [];
        }
        var ids = changed.Select(c => c.StoredId!.Value).ToList();
        var stored = await db.Articles.Include(a => a.Teasers).Include(a => a.RemovedFragments).Include(a => a.Tags)
            .Where(a => ids.Contains(a.Id)).AsSplitQuery().ToDictionaryAsync(a => a.Id, ct);
        foreach (var (prepared, id) in changed)
        {
            var article = stored[id!.Value];
            article.Snapshots.Add(new ArticleSnapshot
            {
                RawText = article.RawText, RawTitle = article.RawTitle, ContentHash = article.ContentHash, CapturedAt = now,
            });
            db.Teasers.RemoveRange(article.Teasers);
            db.RemovedFragments.RemoveRange(article.RemovedFragments);
            ArticleAssembler.Apply(article, prepared.Raw, prepared.Cleaned, now);
            if (prepared.Authored is { } authored)
            {
                AuthoredArticleRow.Apply(article, authored);
                await AuthoredArticleRow.SetTagsAsync(db, article, authored, ct);
            }
        }
        await db.SaveChangesAsync(ct);
        return stored;
    }

    // One query per key, each on its own index alone: SQLite, asked for "URL or (no URL and
    // hash)" at once, walked every URL-less article instead, so a .txt import slowed with the
    // size of the store.
    private static async Task<Dictionary<string, (int Id, string ContentHash)>> FindExistingAsync(ReaderDbContext db,
        List<PreparedArticle> prepared, CancellationToken ct)
    {
        var urls = prepared.Where(p => p.Article.SourceUrl is not null).Select(p => p.Article.SourceUrl!).Distinct().ToList();
        var hashes = prepared.Where(p => p.Article.SourceUrl is null).Select(p => p.Hash).Distinct().ToList();
        var map = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        if (urls.Count > 0)
        {
            var byUrl = await db.Articles.AsNoTracking().Where(a => urls.Contains(a.SourceUrl!))
                .Select(a => new { a.Id, a.SourceUrl, a.ContentHash }).ToListAsync(ct);
            foreach (var a in byUrl)
            {
                map.TryAdd("url:" + a.SourceUrl, (a.Id, a.ContentHash));
            }
        }
        if (hashes.Count > 0)
        {
            var byHash = await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash))
                .Select(a => new { a.Id, a.SourceUrl, a.ContentHash }).ToListAsync(ct);
            foreach (var a in byHash.Where(a => a.SourceUrl is null))
            {
                map.TryAdd("hash:" + a.ContentHash, (a.Id, a.ContentHash));
            }
        }
        return map;
    }
}
