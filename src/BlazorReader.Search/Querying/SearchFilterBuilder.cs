using BlazorReader.Core.Articles;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Search.Querying;

// Restricts results without changing their scores. Status and source, asked on every
// search, are random-access filters over the per-segment term ordinals Lucene keeps cached
// (source from its doc values): a required clause instead walked the postings of every
// published article in step with the query and cost as much as the scoring. Rarer filters
// are required clauses with boost 0 (BM25 does not normalise queries, so a zero boost adds
// exactly nothing).
internal static class SearchFilterBuilder
{
    private static readonly Filter PublicOnly = StatusFilter([ArticleStatus.Published]);

    public static Query Apply(Query scoring, SearchRequest request)
    {
        var root = new BooleanQuery(disableCoord: true) { { scoring, Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(request.Tag))
        {
            Require(root, new TermQuery(new Term(SearchFields.Tag, request.Tag)));
        }

        if (request.From is not null || request.To is not null)
        {
            // «to» is a day: articles published any time that day are inside.
            long? from = request.From?.Ticks;
            long? to = request.To is { } day ? day.Date.AddDays(1).Ticks - 1 : null;
            Require(root, NumericRangeQuery.NewInt64Range(SearchFields.Published, from, to, true, true));
        }

        Query filtered = new FilteredQuery(root.Clauses.Count == 1 ? scoring : root, request.Statuses is null ? PublicOnly : StatusFilter(request.Statuses));
        return string.IsNullOrWhiteSpace(request.Source) ? filtered
            : new FilteredQuery(filtered, new FieldCacheTermsFilter(SearchFields.Source, request.Source));
    }

    private static FieldCacheTermsFilter StatusFilter(IEnumerable<ArticleStatus> statuses) =>
        new FieldCacheTermsFilter(SearchFields.Status, statuses.Select(s => s.ToString()).ToArray());

    private static void Require(BooleanQuery root, Query filter)
    {
        filter.Boost = 0f;
        root.Add(filter, Occur.MUST);
    }
}
