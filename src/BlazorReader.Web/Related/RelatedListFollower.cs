using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Related;
using BlazorReader.Web.Changes;
using Microsoft.AspNetCore.OutputCaching;

namespace BlazorReader.Web.Related;

// Keeps stored related lists current: every import or edit in the change log recomputes the
// lists it touches. The last applied entry is remembered in the data folder.
public sealed class RelatedListFollower(RelatedStoryService related, StoreSettings settings, IOutputCacheStore pages, ILogger<RelatedListFollower> log) : IChangeConsumer
{
    public const string PositionFile = "related-applied-sequence.txt";

    private string Position => Path.Combine(settings.DataDirectory, PositionFile);

    public async Task<long> AppliedUpToAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await related.LoadAsync(ct);
        // Loading reads every article and allocates several times what the index keeps. An
        // app that then only serves pages allocates too little to ever trigger a full
        // collection, so that garbage stayed committed for good (measured: ~550 MB of gen2
        // and LOH kept against ~270 MB live, whatever the GC mode). One compacting collection
        // that also returns the freed memory to the system, once, right after the load.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        log.LogInformation("Related index of {Count} articles loaded in {Seconds:0.0} s; managed heap {HeapMb} MB after compaction",
            related.Count, watch.Elapsed.TotalSeconds, GC.GetTotalMemory(forceFullCollection: false) / 1_000_000);
        return File.Exists(Position) && long.TryParse(await File.ReadAllTextAsync(Position, ct), CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    public async Task ApplyAsync(IReadOnlyList<ChangeLogEntry> changes, CancellationToken ct)
    {
        await related.RecomputeAsync([.. changes.Select(c => c.ArticleId).Distinct()], ct);
        // Lists show on article pages; this follower runs after the page cache was emptied for
        // the same changes, so it empties it again once the lists are written.
        await pages.EvictByTagAsync(Caching.PageCacheEvictor.Tag, ct);
        await File.WriteAllTextAsync(Position, changes[^1].Sequence.ToString(CultureInfo.InvariantCulture), ct);
    }
}
