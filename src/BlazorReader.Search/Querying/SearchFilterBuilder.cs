using BlazorReader.Core.Articles;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Search.Querying;

// Restricts results without changing their scores: each filter is a required clause with
// boost 0 (BM25 does not normalise queries, so a zero boost adds exactly nothing).
internal static class SearchFilterBuilder
{
    private static readonly ArticleStatus[] PublicStatuses = [ArticleStatus.Published];

    public static Query Apply(Query scoring, SearchRequest request)
    {
        var root = new BooleanQuery(disableCoord: true) { { scoring, Occur.MUST } };
        var statuses = new BooleanQuery(disableCoord: true);
        foreach (var status in request.Statuses ?? PublicStatuses)
        {
            statuses.Add(new TermQuery(new Term(SearchFields.Status, status.ToString())), Occur.SHOULD);
        }

        Require(root, statuses);
        if (!string.IsNullOrWhiteSpace(request.Source))
        {
            Require(root, new TermQuery(new Term(SearchFields.Source, request.Source)));
        }

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

        return root;
    }

    private static void Require(BooleanQuery root, Query filter)
    {
        filter.Boost = 0f;
        root.Add(filter, Occur.MUST);
    }
}
