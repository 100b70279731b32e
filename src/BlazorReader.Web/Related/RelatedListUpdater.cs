using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Related;
using BlazorReader.Web.Setup;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Related;

// Keeps stored stories and related lists current, as a consumer of the change log: every
// import or edit in it recomputes the lists it touches. One instance at a time writes them, the
// holder of RelatedWriterLease; the others wait until the holder's lists reflect the changes
// they were given, then empty their page cache, so their pages show the lists as written and
// their readiness says when. The last applied entry is remembered in the data folder.
//
// The related index (about 145 MB for the 31,000-article corpus) is read from the store at
// the first change and kept while changes keep coming; after `Related:KeepIndexFor`
// (RelatedOptions) without one it is let go. Pages never read it (lists are stored), so
// an instance that only serves readers, or does not hold the lease, does not carry it.
public sealed partial class RelatedListUpdater : IChangeLogConsumer, IDisposable
{
    // How often an instance that does not write the lists looks whether the holder has.
    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(200);
    private readonly RelatedStoryService related;
    private readonly RelatedWriterLease lease;
    private readonly int rebuildAfter;
    private readonly StoreSettings settings;
    private readonly IOutputCacheStore pages;
    private readonly ILogger<RelatedListUpdater> log;
    private readonly TimeSpan keepIndexFor;
    private readonly TimeSpan refreshAfterQuiet;
    private readonly TimeSpan refreshAtLeastEvery;
    private readonly Timer idle;
    private readonly Timer quiet;
    private long lastChangeTicks;
    // Batches written as holder, and how many of them the last refresh came after.
    private long written;
    private long refreshed;
    private long lastRefreshTicks = Environment.TickCount64;
    private int refreshing;

    // True once every list has been refreshed since the last batch this instance wrote.
    public bool Refreshed => Interlocked.Read(ref refreshed) == Interlocked.Read(ref written);

    public RelatedListUpdater(RelatedStoryService related, RelatedWriterLease lease, StoreSettings settings, IOutputCacheStore pages,
        IOptions<RelatedOptions> options, IOptions<ChangeLogOptions> changeLog, ILogger<RelatedListUpdater> log)
    {
        (this.related, this.lease, this.settings, this.pages, this.log) = (related, lease, settings, pages, log);
        keepIndexFor = options.Value.KeepIndexFor;
        rebuildAfter = changeLog.Value.RebuildAfter;
        refreshAfterQuiet = options.Value.RefreshAfterQuiet;
        refreshAtLeastEvery = options.Value.RefreshAtLeastEvery;
        idle = new Timer(_ => _ = ReleaseIfIdleAsync(), null, Timeout.Infinite, Timeout.Infinite);
        quiet = new Timer(_ => _ = RefreshWhenDueAsync(), null, Timeout.Infinite, Timeout.Infinite);
    }

    private string Position => Path.Combine(settings.DataDirectory, RelatedStoryService.PositionFile);

    public async Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct) =>
        File.Exists(Position) && long.TryParse(await File.ReadAllTextAsync(Position, ct), CultureInfo.InvariantCulture, out var n) ? n : 0;

    public async Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, long position, CancellationToken ct)
    {
        while (true)
        {
            var standing = await lease.StandAsync(ct);
            if (standing.Held)
            {
                using (lease.KeepWhileWriting())
                {
                    await WriteAsync(db, changes, standing, ct);
                }
                await lease.RecordAsync(position, ct);
                await RecordAppliedAsync(position, ct);
                Interlocked.Increment(ref written);
                var due = Environment.TickCount64 - Interlocked.Read(ref lastRefreshTicks) >= refreshAtLeastEvery.TotalMilliseconds;
                quiet.Change(due ? TimeSpan.Zero : refreshAfterQuiet, Timeout.InfiniteTimeSpan);
                return;
            }
            await LetIndexGoAsync(ct);
            if (standing.Position >= position)
            {
                await RecordAppliedAsync(position, ct);
                return;
            }
            await Task.Delay(WaitStep, ct);
        }
    }

    // Every list from the store at once: what a first start over a bulk-imported store needs,
    // from the holder; another instance has nothing to rebuild once the holder is that far.
    public async Task<bool> RebuildFromStoreAsync(ReaderDbContext db, long logEnd, CancellationToken ct)
    {
        var standing = await lease.StandAsync(ct);
        if (!standing.Held)
        {
            await LetIndexGoAsync(ct);
            if (standing.Position < logEnd)
            {
                return false;
            }
        }
        else
        {
            using (lease.KeepWhileWriting())
            {
                await RebuildAsync(ct);
            }
            await lease.RecordAsync(logEnd, ct);
        }
        await RecordAppliedAsync(logEnd, ct);
        return true;
    }

    // A holder that has just taken over does not know its last holder's index: it reads its own
    // afresh and also recomputes what came after the last holder's position (all of it past a
    // backlog worth rebuilding).
    private async Task WriteAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, LeaseStanding standing, CancellationToken ct)
    {
        var changed = changes.Select(c => c.ArticleId).ToHashSet();
        if (standing.Taken)
        {
            await related.ReleaseAsync(ct);
            var first = changes.Min(c => c.Sequence);
            var missed = await db.ChangeLog.Where(c => c.Sequence > standing.Position && c.Sequence < first)
                .Select(c => c.ArticleId).Distinct().Take(rebuildAfter + 1).ToListAsync(ct);
            if (missed.Count > rebuildAfter)
            {
                await RebuildAsync(ct);
                return;
            }
            changed.UnionWith(missed);
        }
        var watch = Stopwatch.StartNew();
        Interlocked.Exchange(ref lastChangeTicks, Environment.TickCount64);
        var loads = !related.IsLoaded;
        await related.RecomputeAsync(changed, ct);
        if (loads)
        {
            var heapMb = CompactManagedHeap();
            LogLoaded(log, related.Count, changed.Count, watch.Elapsed.TotalSeconds, heapMb);
        }
    }

    private async Task RebuildAsync(CancellationToken ct)
    {
        Interlocked.Exchange(ref lastChangeTicks, Environment.TickCount64);
        var lists = await related.RebuildAllAsync(null, ct);
        var heapMb = CompactManagedHeap();
        LogRebuilt(log, lists, heapMb);
    }

    private async Task LetIndexGoAsync(CancellationToken ct)
    {
        if (related.IsLoaded)
        {
            await related.ReleaseAsync(ct);
            CompactManagedHeap();
        }
    }

    private async Task RecordAppliedAsync(long sequence, CancellationToken ct)
    {
        // Lists show on article pages; this consumer runs after the page cache was emptied for
        // the same changes, so it empties it again once the lists are written.
        await pages.EvictByTagAsync(Caching.PageCacheEvictor.Tag, ct);
        await File.WriteAllTextAsync(Position, sequence.ToString(CultureInfo.InvariantCulture), ct);
        Interlocked.Exchange(ref lastChangeTicks, Environment.TickCount64);
        idle.Change(keepIndexFor, Timeout.InfiniteTimeSpan);
    }

    // After a quiet spell, or after a batch once RefreshAtLeastEvery has passed; one at a time.
    private async Task RefreshWhenDueAsync()
    {
        if (Interlocked.Exchange(ref refreshing, 1) == 1)
        {
            return;
        }
        var batches = Interlocked.Read(ref written);
        try
        {
            if (!lease.Holding || batches == Interlocked.Read(ref refreshed))
            {
                return;
            }
            int count;
            using (lease.KeepWhileWriting())
            {
                count = await related.RefreshAsync(CancellationToken.None);
            }
            if (count > 0)
            {
                await pages.EvictByTagAsync(Caching.PageCacheEvictor.Tag, CancellationToken.None);
            }
            Interlocked.Exchange(ref refreshed, batches);
            Interlocked.Exchange(ref lastRefreshTicks, Environment.TickCount64);
            // The refresh read every article into a second index and let the first go.
            var heapMb = CompactManagedHeap();
            LogRefreshed(log, count, heapMb);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Left for the next quiet spell: the lists written by change stay as they are.
            LogRefreshFailed(log, e);
        }
        finally
        {
            Interlocked.Exchange(ref refreshing, 0);
            // A batch written meanwhile may have found this refresh running and been skipped.
            if (lease.Holding && Interlocked.Read(ref refreshed) != Interlocked.Read(ref written))
            {
                RearmQuiet();
            }
        }
    }

    private void RearmQuiet()
    {
        try
        {
            quiet.Change(refreshAfterQuiet, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Shutting down.
        }
    }

    private async Task ReleaseIfIdleAsync()
    {
        try
        {
            if (Environment.TickCount64 - Interlocked.Read(ref lastChangeTicks) < keepIndexFor.TotalMilliseconds || !related.IsLoaded)
            {
                return;
            }
            await related.ReleaseAsync(CancellationToken.None);
            var heapMb = CompactManagedHeap();
            LogReleased(log, keepIndexFor.TotalMinutes, heapMb);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogReleaseFailed(log, e);
        }
    }

    // Loading reads every article and allocates several times what the index keeps; letting it
    // go frees as much. An app that then only serves pages allocates too little to ever
    // trigger a full collection, so that memory stayed committed for good (measured: ~550 MB
    // of gen2 and LOH kept against ~270 MB live, whatever the GC mode). One compacting
    // collection that also returns the freed memory to the system, each time. Returns the
    // managed heap left, in MB, for the log.
    private static long CompactManagedHeap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false) / 1_000_000;
    }

    public void Dispose()
    {
        idle.Dispose();
        quiet.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Related index of {Count} articles loaded and {Changes} change(s) applied in {Seconds:0.0} s; managed heap {HeapMb} MB after compaction")]
    private static partial void LogLoaded(ILogger log, int count, int changes, double seconds, long heapMb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Related lists of {Count} articles rebuilt; managed heap {HeapMb} MB after compaction")]
    private static partial void LogRebuilt(ILogger log, int count, long heapMb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Related index released after {Minutes:0.#} min without changes; managed heap {HeapMb} MB")]
    private static partial void LogReleased(ILogger log, double minutes, long heapMb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Related lists refreshed against the corpus as it now stands: {Count} rewritten; managed heap {HeapMb} MB after compaction")]
    private static partial void LogRefreshed(ILogger log, int count, long heapMb);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the related lists failed; the next quiet spell tries again.")]
    private static partial void LogRefreshFailed(ILogger log, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Releasing the related index failed; it stays loaded.")]
    private static partial void LogReleaseFailed(ILogger log, Exception e);
}
