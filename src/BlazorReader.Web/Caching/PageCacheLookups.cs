using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.OutputCaching;

namespace BlazorReader.Web.Caching;

// The page cache's hit ratio. The output cache reports no hits, so each lookup is seen from
// both sides: a policy marks the requests it looks up, and a request that then never reaches
// the app behind the cache was answered from it (a hit; so is one served from another
// request's render of the same page).
public static class PageCacheLookups
{
    public const string MeterName = "BlazorReader.Web.PageCache";

    private static readonly object LookedUp = new();
    private static readonly object Rendered = new();
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Lookups = Meter.CreateCounter<long>("blazorreader.page_cache.lookups", "{lookup}",
        "Cached public pages asked for: result hit (answered from the page cache) or miss (rendered).");

    public static IApplicationBuilder UseCountedOutputCache(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            await next(http);
            // Marks removed once counted: a status page re-executes the pipeline on the same request.
            if (http.Items.Remove(LookedUp))
            {
                Lookups.Add(1, new KeyValuePair<string, object?>("result", http.Items.Remove(Rendered) ? "miss" : "hit"));
            }
        });
        app.UseOutputCache();
        return app.Use((http, next) =>
        {
            http.Items[Rendered] = true;
            return next(http);
        });
    }

    // Added after the cache's own policies, so it sees whether they chose to look this request up.
    public sealed class Marker : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (context.EnableOutputCaching && context.AllowCacheLookup)
            {
                context.HttpContext.Items[LookedUp] = true;
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
