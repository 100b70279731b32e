using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Search.Querying.Correction;

// Whether some article holds the query's words together: all of them in its headline, or as a
// phrase in its body. A slip that made another known word («ينبع» typed «يتبع») leaves words
// that no article prints together, so such a query was typed as meant and its look-alikes need
// not be weighed (QueryCorrector.InContext), which cost a short query more than its search.
// Asked only when few articles hold every word, so the phrase reads few positions. The stems'
// states are the first pass's own (every word's stem is looked up there): looking them up
// again with Lucene's own clauses cost a short query a quarter of its search.
internal static class WordsStandTogether
{
    // The headline first: a short query typed right is most often words of one headline, and
    // that check reads only the title's short postings, never the body's positions.
    public static bool Somewhere(IndexSearcher searcher, UserQuery query, QueryTermStates states)
    {
        var stems = query.Words.Select(w => w.Stem).Distinct(StringComparer.Ordinal).Select(s => new Term(SearchFields.TitleStem, s)).ToList();
        states.LookUp(stems);
        if (stems.All(t => states[t].DocFreq > 0))
        {
            var inTitle = new BooleanQuery(disableCoord: true);
            foreach (var stem in stems)
            {
                inTitle.Add(new TermStatesTermQuery(stem, states[stem], states.Enumerators), Occur.MUST);
            }

            if (AnyHolds(searcher, inTitle)) return true;
        }

        var inBody = new PhraseQuery { Slop = RelevanceWeights.BodyPhraseSlop };
        var first = query.Words[0].Position;
        foreach (var word in query.Words)
        {
            inBody.Add(new Term(SearchFields.BodyStem, word.Stem), word.Position - first);
        }

        states.LookUp(inBody.GetTerms());
        return inBody.GetTerms().All(t => states[t].DocFreq > 0) && AnyHolds(searcher, new TermStatesPhraseQuery(inBody, states.All, states.Enumerators));
    }

    private static bool AnyHolds(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits > 0;
    }
}
