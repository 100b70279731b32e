using System.Diagnostics;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Importing;

// One importer for the CLI, the first-start seeds and admin uploads. Batches commit on their
// own, so a killed import run again skips what is stored and finishes the rest.
public sealed class ArticleImporter(IDbContextFactory<ReaderDbContext> contexts, ArticleCleaner cleaner, TimeProvider clock)
{
    public int BatchSize { get; init; } = 1000;

    public async Task<ImportSummary> ImportAsync(IEnumerable<ImportItem> items, ArticleStatus status,
        IProgress<ImportSummary>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var summary = new ImportSummary();
        var watch = Stopwatch.StartNew();
        foreach (var batch in items.Chunk(BatchSize))
        {
            ct.ThrowIfCancellationRequested();
            await ImportBatchAsync(batch, status, summary, ct);
            summary.Elapsed = watch.Elapsed;
            progress?.Report(summary);
        }
        summary.Elapsed = watch.Elapsed;
        return summary;
    }

    private async Task ImportBatchAsync(ImportItem[] batch, ArticleStatus status, ImportSummary summary, CancellationToken ct)
    {
        var prepared = new List<(RawArticle Raw, CleanedArticle Cleaned, string Hash)>(batch.Length);
        // Cleaning is pure and the heavy part, so a batch is cleaned on every core.
        var results = batch.AsParallel().AsOrdered().Select(item => (Item: item, Result: Prepare(item))).ToArray();
        foreach (var (item, (ok, error)) in results)
        {
            if (ok is { } p)
            {
                prepared.Add(p);
            }
            else if (error == NoBodyLeft)
            {
                summary.NoBody++;
                summary.Skipped++;
            }
            else
            {
                summary.Errors.Add(new ImportError(item.Origin, error ?? item.Error ?? ErrorOf(item)));
            }
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var inserts = new List<Article>();
        var existing = await FindExistingAsync(db, prepared, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<(Article Article, ChangeKind Kind)>();
        var seenInBatch = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (raw, cleaned, hash) in prepared)
        {
            var key = KeyOf(raw, hash);
            if (!seenInBatch.Add(key))
            {
                summary.Skipped++;
                continue;
            }
            if (existing.TryGetValue(key, out var stored))
            {
                if (stored.ContentHash == hash)
                {
                    summary.Skipped++;
                    continue;
                }
                stored.Snapshots.Add(new ArticleSnapshot
                {
                    RawText = stored.RawText, RawTitle = stored.RawTitle, ContentHash = stored.ContentHash, CapturedAt = now,
                });
                db.Teasers.RemoveRange(stored.Teasers);
                db.RemovedFragments.RemoveRange(stored.RemovedFragments);
                ArticleAssembler.Apply(stored, raw, cleaned, now);
                changes.Add((stored, ChangeKind.Updated));
                summary.Updated++;
            }
            else
            {
                var article = new Article { Status = status };
                ArticleAssembler.Apply(article, raw, cleaned, now);
                inserts.Add(article);
                changes.Add((article, ChangeKind.Created));
                summary.Imported++;
            }
        }
        db.Articles.AddRange(inserts);
        await db.SaveChangesAsync(ct);
        await TeaserLinker.LinkAsync(db, [.. changes.Select(c => c.Article)], ct);
        db.ChangeLog.AddRange(changes.Select(c => new ChangeLogEntry { ArticleId = c.Article.Id, Kind = c.Kind, At = now }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private ((RawArticle, CleanedArticle, string)? Ok, string? Error) Prepare(ImportItem item)
    {
        if (item.Article is not { } raw || string.IsNullOrWhiteSpace(raw.Text)
            || raw.SourceUrl is { Length: > ReaderDbContext.MaxSourceUrlLength })
        {
            return (null, null);
        }
        CleanedArticle cleaned;
        try
        {
            cleaned = cleaner.Clean(raw);
        }
#pragma warning disable CA1031 // one article the cleaner cannot handle must not stop the import
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, "the cleaner failed: " + e.Message);
        }
        return cleaned.Blocks.Count == 0 ? (null, NoBodyLeft) : ((raw, cleaned, ArticleAssembler.HashOf(raw)), null);
    }

    private static string ErrorOf(ImportItem item) => item.Article switch
    {
        null => "nothing could be read",
        { SourceUrl.Length: > ReaderDbContext.MaxSourceUrlLength } =>
            $"the source URL is longer than {ReaderDbContext.MaxSourceUrlLength} characters",
        { Text: var t } when string.IsNullOrWhiteSpace(t) => "the article has no text",
        _ => "the article could not be read",
    };

    private const string NoBodyLeft = "nothing of the article is left after cleaning";

    private static string KeyOf(RawArticle raw, string hash) =>
        string.IsNullOrWhiteSpace(raw.SourceUrl) ? "hash:" + hash : "url:" + raw.SourceUrl.Trim();

    private static async Task<Dictionary<string, Article>> FindExistingAsync(ReaderDbContext db,
        List<(RawArticle Raw, CleanedArticle Cleaned, string Hash)> prepared, CancellationToken ct)
    {
        var urls = prepared.Where(p => !string.IsNullOrWhiteSpace(p.Raw.SourceUrl)).Select(p => p.Raw.SourceUrl!.Trim()).Distinct().ToList();
        var hashes = prepared.Where(p => string.IsNullOrWhiteSpace(p.Raw.SourceUrl)).Select(p => p.Hash).Distinct().ToList();
        var found = await db.Articles
            .Include(a => a.Teasers).Include(a => a.RemovedFragments)
            .Where(a => (a.SourceUrl != null && urls.Contains(a.SourceUrl)) || (a.SourceUrl == null && hashes.Contains(a.ContentHash)))
            .AsSplitQuery()
            .ToListAsync(ct);
        var map = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var a in found)
        {
            map.TryAdd(a.SourceUrl is null ? "hash:" + a.ContentHash : "url:" + a.SourceUrl, a);
        }
        return map;
    }
}
