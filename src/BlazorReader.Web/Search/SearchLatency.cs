using System.Diagnostics;
using System.Diagnostics.Metrics;
using BlazorReader.Search;

namespace BlazorReader.Web.Search;

// How long readers wait on the index: every search of the API and the search page is timed.
// Extra passes are counted apart, by the search itself (blazorreader.search.extra_passes).
public static class SearchLatency
{
    public const string MeterName = "BlazorReader.Web.Search";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram("blazorreader.search.duration", "s",
        "Time to answer a search from the index: surface api (/api/search) or page (/search).", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    public static SearchResults Search(ArticleIndex index, SearchRequest request, string surface)
    {
        ArgumentNullException.ThrowIfNull(index);
        var started = Stopwatch.GetTimestamp();
        var results = index.Search(request);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("surface", surface));
        return results;
    }
}
