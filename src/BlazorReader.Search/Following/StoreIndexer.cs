using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Data;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using Microsoft.EntityFrameworkCore;
using BlazorReader.Core.Markdown;

namespace BlazorReader.Search.Following;

// Keeps one instance's search index in step with the store, as a consumer of its change log:
// the database is the source of truth, and the index remembers (in a file beside it) the last
// entry it applied. A missing index is built from the store (far behind) or by replaying the
// log while pages keep being served; search says so until it has caught up.
public sealed class StoreIndexer(ArticleIndex index, string folder) : IChangeLogConsumer
{
    public const string PositionFile = "applied-sequence.txt";

    // The index's folder inside an instance's data folder.
    public const string FolderName = "index";

    private long applied;
    // Unknown until the log's end has been read: a search answered before that said "not
    // building" over an empty index, and a benchmark took it at its word.
    private long latest = long.MaxValue;

    public ArticleIndex Index => index;

    public bool IsCatchingUp => Interlocked.Read(ref applied) < Interlocked.Read(ref latest);

    public async Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        Interlocked.Exchange(ref latest, await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, ct) ?? 0);
        var position = RecordedPosition();
        Interlocked.Exchange(ref applied, position);
        return position;
    }

    // Only an empty index is rebuilt: one that holds articles may hold some since deleted,
    // which only the log's deletions take out.
    public async Task<bool> RebuildFromStoreAsync(ReaderDbContext db, long logEnd, CancellationToken ct)
    {
        if (index.Count > 0)
        {
            return false;
        }
        await RebuildAsync(db, null, ct);
        Interlocked.Exchange(ref applied, RecordedPosition());
        return true;
    }

    public async Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, long position, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }
        var ids = changes.Select(c => c.ArticleId).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking().Include(a => a.Tags).Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, ct);
        foreach (var id in ids)
        {
            if (articles.TryGetValue(id, out var article))
            {
                index.Upsert(DocumentOf(article));
            }
            else
            {
                index.Delete(id);
            }
        }
        index.Commit();
        // The file holds the position safe to restart from; catching up is judged on what was applied.
        await File.WriteAllTextAsync(Path.Combine(folder, PositionFile), position.ToString(CultureInfo.InvariantCulture), ct);
        var last = changes.Max(c => c.Sequence);
        Interlocked.Exchange(ref applied, last);
        if (last > Interlocked.Read(ref latest))
        {
            Interlocked.Exchange(ref latest, last);
        }
    }

    // Rebuilds from every stored article; the position becomes the log's end at the start.
    public async Task<int> RebuildAsync(ReaderDbContext db, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var end = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
        var done = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking().Include(a => a.Tags).Where(a => a.Id > lastId)
                .OrderBy(a => a.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var article in batch)
            {
                index.Upsert(DocumentOf(article));
            }
            lastId = batch[^1].Id;
            done += batch.Count;
            progress?.Report(done);
        }
        index.Commit();
        await File.WriteAllTextAsync(Path.Combine(folder, PositionFile), end.ToString(CultureInfo.InvariantCulture), ct);
        return done;
    }

    private long RecordedPosition()
    {
        var file = Path.Combine(folder, PositionFile);
        return index.Count > 0 && File.Exists(file) && long.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    public static SearchDocument DocumentOf(Article a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var body = BodyText.Of(a.Blocks);
        return new SearchDocument(a.Id, a.Title, body, a.Source, [.. a.Tags.Select(t => t.Name)], a.Status, a.PublishedAt ?? a.CreatedAt,
            a.Slug, a.SourceUrl);
    }
}
