using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Search.Following;
using BlazorReader.Web.Changes;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Web.Search;

// This instance's search index, following the change log. A missing index is built from the
// store (far behind) or by replaying the log while pages keep being served; search says so
// until it has caught up.
public sealed class SearchIndexFollower(StoreIndexer indexer, IDbContextFactory<ReaderDbContext> contexts) : IChangeConsumer
{
    private long applied;
    // Unknown until the follower has read the log's end: a search answered before that said
    // "not building" over an empty index, and a benchmark took it at its word.
    private long latest = long.MaxValue;

    public bool IsCatchingUp => Interlocked.Read(ref applied) < Interlocked.Read(ref latest);

    public async Task<long> AppliedUpToAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        Interlocked.Exchange(ref latest, await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, ct) ?? 0);
        var position = indexer.AppliedUpTo();
        Interlocked.Exchange(ref applied, position);
        return position;
    }

    // Only an empty index is rebuilt: one that holds articles may hold some since deleted,
    // which only the log's deletions take out.
    public async Task<bool> RebuildFromStoreAsync(long logEnd, CancellationToken ct)
    {
        if (indexer.Index.Count > 0)
        {
            return false;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        await indexer.RebuildAsync(db, null, ct);
        Interlocked.Exchange(ref applied, indexer.AppliedUpTo());
        return true;
    }

    public async Task ApplyAsync(IReadOnlyList<ChangeLogEntry> changes, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await indexer.ApplyAsync(db, changes, ct);
        var last = changes[^1].Sequence;
        Interlocked.Exchange(ref applied, last);
        if (last > Interlocked.Read(ref latest))
        {
            Interlocked.Exchange(ref latest, last);
        }
    }
}
