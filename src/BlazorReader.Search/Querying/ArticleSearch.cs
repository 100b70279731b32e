using BlazorReader.Search.Indexing;
using BlazorReader.Search.Querying.Correction;
using BlazorReader.Search.Snippets;
using Lucene.Net.Search;

namespace BlazorReader.Search.Querying;

// One search from request to results: parse, build the scoring and filter query, collect
// the page and the facets in one pass, then cut snippets for the page only. When no
// article holds all the words, the search runs again relaxed (RelevanceQueryBuilder): one
// word that matches nowhere must not empty the page. Only then: relaxing whenever the page
// was not full ran most headline queries twice.
internal static class ArticleSearch
{
    private const int MaxPage = 100;
    private const int MaxSize = 100;
    private const int FewHits = 30;

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
        Func<QueryCorrections, QueryTermStates, bool, (TopFieldCollector Top, FacetCountingCollector Facets)> collect =
            (corrections, states, relaxed) => Collect(searcher, request, query, corrections, states, page * size, relaxed);
        var ((top, facets), corrections) = request.AsTyped
            ? (AsTyped(searcher, query, collect, r => r.Top.TotalHits), QueryCorrections.None)
            : Forgiving(searcher, query, request.Query, collect, r => r.Top.TotalHits);

        var docs = top.GetTopDocs((page - 1) * size, size);

        var terms = QueryTerms.Of(query);
        var hits = docs.ScoreDocs.Select(d => SearchHitReader.Read(searcher, d, terms, request.WithSnippets)).ToList();
        if (request.Sort == SearchSort.Relevance)
        {
            hits = RepeatedTitleOrdering.MostRecentFirst(hits);
        }

        return new SearchResults(docs.TotalHits, hits, facets.ToFacets(), corrections.Suggestion, null, query.Truncated);
    }

    // The search as typed with its absent words' corrections; when no article holds the words,
    // again with look-alikes of its rare ones (a name typed right that the articles hold with
    // the other words costs no fuzzy walk); when hardly any article holds every word, and none
    // prints them together, again with look-alikes the articles use with the other words (a
    // slip that made another word); when still none does, relaxed (RelevanceQueryBuilder).
    private static (T Found, QueryCorrections Corrections) Forgiving<T>(IndexSearcher searcher, UserQuery query, string? raw,
        Func<QueryCorrections, QueryTermStates, bool, T> search, Func<T, int> totalHits)
    {
        var enumerators = new SharedTermsEnums();
        var states = new QueryTermStates(searcher.TopReaderContext, enumerators);
        var context = new WordCoOccurrence(searcher.TopReaderContext, enumerators);
        var corrections = QueryCorrector.Correct(searcher.TopReaderContext, query, raw, context, states);
        var found = search(corrections, states, false);
        if (totalHits(found) == 0)
        {
            var withRare = QueryCorrector.Correct(searcher.TopReaderContext, query, raw, context, states, corrections);
            if (withRare.Count > corrections.Count)
            {
                SearchPasses.RareWords();
                corrections = withRare;
                found = search(corrections, states, false);
            }
        }

        if (totalHits(found) >= FewHits) return (found, corrections);
        if (QueryCorrector.WeighsContext(query) && !WordsStandTogether.Somewhere(searcher, query, states))
        {
            SearchPasses.InContext();
            var inContext = QueryCorrector.InContext(searcher.TopReaderContext, query, raw, corrections, context);
            if (!ReferenceEquals(inContext, corrections))
            {
                corrections = inContext;
                found = search(corrections, states, false);
            }
        }

        return (RelaxedIfNone(found, query, corrections, states, search, totalHits), corrections);
    }

    // No corrections; still relaxed when no article holds every word, for that changes no word.
    private static T AsTyped<T>(IndexSearcher searcher, UserQuery query, Func<QueryCorrections, QueryTermStates, bool, T> search, Func<T, int> totalHits)
    {
        var states = new QueryTermStates(searcher.TopReaderContext, new SharedTermsEnums());
        return RelaxedIfNone(search(QueryCorrections.None, states, false), query, QueryCorrections.None, states, search, totalHits);
    }

    private static T RelaxedIfNone<T>(T found, UserQuery query, QueryCorrections corrections, QueryTermStates states,
        Func<QueryCorrections, QueryTermStates, bool, T> search, Func<T, int> totalHits)
    {
        if (totalHits(found) > 0 || !RelevanceQueryBuilder.CanRelax(query)) return found;
        SearchPasses.Relaxed();
        return search(corrections, states, true);
    }

    private static (TopFieldCollector Top, FacetCountingCollector Facets) Collect(IndexSearcher searcher, SearchRequest request,
        UserQuery query, QueryCorrections corrections, QueryTermStates states, int wanted, bool relaxed)
    {
        var lucene = SearchFilterBuilder.Apply(RelevanceQueryBuilder.Build(query, corrections, relaxed, states), request);
        var top = TopFieldCollector.Create(request.Sort == SearchSort.Newest ? ByDate : ByRelevance, wanted,
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = new FacetCountingCollector();
        searcher.Search(lucene, MultiCollector.Wrap(top, facets));
        return (top, facets);
    }

    public static IReadOnlyList<int> TopIds(IndexSearcher searcher, string text, int count)
    {
        var query = UserQueryParser.Parse(text);
        if (!query.HasPositiveTerms)
        {
            return [];
        }

        var (top, _) = Forgiving(searcher, query, null, (corrections, states, relaxed) => TopIds(searcher, query, corrections, states, count, relaxed),
            t => t.TotalHits);
        return top.GetTopDocs().ScoreDocs.Select(d => SearchHitReader.ReadId(searcher, d.Doc)).ToList();
    }

    private static TopFieldCollector TopIds(IndexSearcher searcher, UserQuery query, QueryCorrections corrections, QueryTermStates states,
        int count, bool relaxed)
    {
        var top = TopFieldCollector.Create(ByRelevance, count, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(RelevanceQueryBuilder.Build(query, corrections, relaxed, states), top);
        return top;
    }
}
