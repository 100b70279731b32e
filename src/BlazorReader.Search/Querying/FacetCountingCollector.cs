using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BlazorReader.Search.Querying;

// Counts source, year and month over every matching article (not just the page shown) by
// reading doc values per segment: Lucene's facet module is not served here, and three
// single-valued fields do not need it.
internal sealed class FacetCountingCollector : ICollector
{
    private readonly Dictionary<string, int> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> years = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> months = new(StringComparer.Ordinal);
    private readonly List<(SortedDocValues? Values, int[] Counts, Dictionary<string, int> Into)> pending = [];
    private SortedDocValues? source;
    private SortedDocValues? year;
    private SortedDocValues? month;
    private int[] sourceCounts = [];
    private int[] yearCounts = [];
    private int[] monthCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        source = context.AtomicReader.GetSortedDocValues(SearchFields.Source);
        year = context.AtomicReader.GetSortedDocValues(SearchFields.Year);
        month = context.AtomicReader.GetSortedDocValues(SearchFields.Month);
        sourceCounts = NewCounts(source, sources);
        yearCounts = NewCounts(year, years);
        monthCounts = NewCounts(month, months);
    }

    public void Collect(int doc)
    {
        Count(source, sourceCounts, doc);
        Count(year, yearCounts, doc);
        Count(month, monthCounts, doc);
    }

    public SearchFacets ToFacets()
    {
        // Ordinals are per segment: turn them into values once, at the end.
        var scratch = new BytesRef();
        foreach (var (values, counts, into) in pending)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0 || values is null) continue;
                values.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                into[key] = into.GetValueOrDefault(key) + counts[ord];
            }
        }

        return new SearchFacets(Ordered(sources, byCount: true), Ordered(years, byCount: false), Ordered(months, byCount: false));
    }

    private int[] NewCounts(SortedDocValues? values, Dictionary<string, int> into)
    {
        var counts = new int[values?.ValueCount ?? 0];
        pending.Add((values, counts, into));
        return counts;
    }

    private static void Count(SortedDocValues? values, int[] counts, int doc)
    {
        var ord = values?.GetOrd(doc) ?? -1;
        if (ord >= 0) counts[ord]++;
    }

    private static List<FacetCount> Ordered(Dictionary<string, int> counts, bool byCount) =>
        (byCount
            ? counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(c => c.Key, StringComparer.Ordinal))
        .Select(c => new FacetCount(c.Key, c.Value)).ToList();
}
