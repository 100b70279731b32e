using BlazorReader.Search.Indexing;
using BlazorReader.Search.Snippets;
using Lucene.Net.Search;

namespace BlazorReader.Search.Querying;

// One search from request to results: parse, build the scoring and filter query, collect
// the page and the facets in one pass, then cut snippets for the page only.
internal static class ArticleSearch
{
    private const int MaxPage = 100;
    private const int MaxSize = 100;

    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(SearchFields.Published, SortFieldType.INT64, true));
    private static readonly Sort ByDate = new(new SortField(SearchFields.Published, SortFieldType.INT64, true), SortField.FIELD_SCORE);

    public static SearchResults Run(IndexSearcher searcher, SearchRequest request)
    {
        var query = UserQueryParser.Parse(request.Query);
        if (!query.HasPositiveTerms)
        {
            var problem = !query.HadText ? SearchQueryProblem.Empty
                : query.Excluded.Count > 0 ? SearchQueryProblem.OnlyExclusions
                : SearchQueryProblem.OnlyStopwordsOrMarks;
            return SearchResults.Empty(problem, query.Truncated);
        }

        var size = Math.Clamp(request.Size, 1, MaxSize);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var lucene = SearchFilterBuilder.Apply(RelevanceQueryBuilder.Build(query, searcher.TopReaderContext), request);
        var top = TopFieldCollector.Create(request.Sort == SearchSort.Newest ? ByDate : ByRelevance, page * size,
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = new FacetCountingCollector();
        searcher.Search(lucene, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs((page - 1) * size, size);

        var terms = QueryTerms.Of(query);
        var hits = docs.ScoreDocs.Select(d => SearchHitReader.Read(searcher, d, terms, request.WithSnippets)).ToList();
        if (request.Sort == SearchSort.Relevance)
        {
            hits = RepeatedTitleOrdering.MostRecentFirst(hits);
        }

        var suggestion = docs.TotalHits == 0 ? QuerySuggester.WithoutRarestWord(searcher, request.Query, query) : null;
        return new SearchResults(docs.TotalHits, hits, facets.ToFacets(), suggestion, null, query.Truncated);
    }

    public static IReadOnlyList<int> TopIds(IndexSearcher searcher, string text, int count)
    {
        var query = UserQueryParser.Parse(text);
        if (!query.HasPositiveTerms)
        {
            return [];
        }

        var top = TopFieldCollector.Create(ByRelevance, count, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(RelevanceQueryBuilder.Build(query, searcher.TopReaderContext), top);
        return top.GetTopDocs().ScoreDocs.Select(d => SearchHitReader.ReadId(searcher, d.Doc)).ToList();
    }
}
