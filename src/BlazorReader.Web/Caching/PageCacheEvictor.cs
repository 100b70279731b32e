using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Web.Caching;

// Anonymous pages are cached whole; any article change in the change log empties that cache.
// Coarse, but changes are rare next to reads, and a lookup of which pages show an article
// would cost more.
public sealed class PageCacheEvictor(IOutputCacheStore cache) : IChangeLogConsumer
{
    public const string Tag = "reading-pages";

    // Pages every reader gets alike. Search results and health are never cached.
    public static bool IsCachedPath(PathString path) =>
        path == "/" || path.StartsWithSegments("/articles") || path.StartsWithSegments("/stories") || path.StartsWithSegments("/feed")
        || path.StartsWithSegments("/sitemap.xml") || path.StartsWithSegments("/sitemaps");

    // A fresh instance's cache is empty: nothing before the log's end concerns it.
    public async Task<long> AppliedUpToAsync(ReaderDbContext db, CancellationToken ct) =>
        await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;

    public async Task ApplyAsync(ReaderDbContext db, IReadOnlyList<ChangeLogEntry> changes, long position, CancellationToken ct) =>
        await cache.EvictByTagAsync(Tag, ct);
}
