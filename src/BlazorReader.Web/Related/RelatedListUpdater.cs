using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Related;
using BlazorReader.Web.Setup;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Related;

// Keeps stored related lists current, as a consumer of the change log: every import or edit
// in it recomputes the lists it touches. The last applied entry is remembered in the data folder.
//
// The related index (about 145 MB for the 31,000-article corpus) is read from the store at
// the first change and kept while changes keep coming; after `Related:KeepIndexFor`
// (RelatedOptions) without one it is let go. Pages never read it (lists are stored), so
// an instance that only serves readers does not carry it.
public sealed partial class RelatedListUpdater : IChangeLogConsumer, IDisposable
{
    private readonly RelatedStoryService related;
    private readonly StoreSettings settings;
    private readonly IOutputCacheStore pages;
    private readonly ILogger<RelatedListUpdater> log;
    private readonly TimeSpan keepIndexFor;
    private readonly Timer idle;
    private long lastChangeTicks;

    public RelatedListUpdater(RelatedStoryService related, StoreSettings settings, IOutputCacheStore pages,
        IOptions<RelatedOptions> options, ILogger<RelatedListUpdater> log)
    {
        (this.related, this.settings, this.pages, this.log) = (related, settings, pages, log);
        keepIndexFor = options.Value.KeepIndexFor;
        idle = new Timer(_ => _ = ReleaseIfIdleAsync(), null, Timeout.Infinite, Timeout.Infinite);
    }

    private string Position => Path.Combine(settings.DataDirectory, RelatedStoryService.PositionFile);

    public async Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct) =>
        File.Exists(Position) && long.TryParse(await File.ReadAllTextAsync(Position, ct), CultureInfo.InvariantCulture, out var n) ? n : 0;

    public async Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, long position, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        Interlocked.Exchange(ref lastChangeTicks, Environment.TickCount64);
        var loads = !related.IsLoaded;
        await related.RecomputeAsync([.. changes.Select(c => c.ArticleId).Distinct()], ct);
        if (loads)
        {
            var heapMb = CompactManagedHeap();
            LogLoaded(log, related.Count, changes.Count, watch.Elapsed.TotalSeconds, heapMb);
        }
        await RecordAppliedAsync(position, ct);
    }

    // Every list from the store at once: what a first start over a bulk-imported store needs.
    public async Task<bool> RebuildFromStoreAsync(ReaderDbContext db, long logEnd, CancellationToken ct)
    {
        Interlocked.Exchange(ref lastChangeTicks, Environment.TickCount64);
        var lists = await related.RebuildAllAsync(null, ct);
        var heapMb = CompactManagedHeap();
        LogRebuilt(log, lists, heapMb);
        await RecordAppliedAsync(logEnd, ct);
        return true;
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

    public void Dispose() => idle.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Related index of {Count} articles loaded and {Changes} change(s) applied in {Seconds:0.0} s; managed heap {HeapMb} MB after compaction")]
    private static partial void LogLoaded(ILogger log, int count, int changes, double seconds, long heapMb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Related lists of {Count} articles rebuilt; managed heap {HeapMb} MB after compaction")]
    private static partial void LogRebuilt(ILogger log, int count, long heapMb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Related index released after {Minutes:0.#} min without changes; managed heap {HeapMb} MB")]
    private static partial void LogReleased(ILogger log, double minutes, long heapMb);

    [LoggerMessage(Level = LogLevel.Error, Message = "Releasing the related index failed; it stays loaded.")]
    private static partial void LogReleaseFailed(ILogger log, Exception e);
}
