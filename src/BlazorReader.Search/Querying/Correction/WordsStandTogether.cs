using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Search.Querying.Correction;

// Whether some article holds the query's words together: all of them in its headline, or as a
// phrase in its body. A slip that made another known word («ينبع» typed «يتبع») leaves words
// that no article prints together, so such a query was typed as meant and its look-alikes need
// not be weighed (QueryCorrector.InContext), which cost a short query more than its search.
// Asked only when few articles hold every word, so the phrase reads few positions.
internal static class WordsStandTogether
{
    public static bool Somewhere(IndexSearcher searcher, UserQuery query)
    {
        var stems = query.Words.Select(w => w.Stem).Distinct(StringComparer.Ordinal).ToList();
        var inTitle = new BooleanQuery(disableCoord: true);
        foreach (var stem in stems)
        {
            inTitle.Add(new TermQuery(new Term(SearchFields.TitleStem, stem)), Occur.MUST);
        }

        var inBody = new PhraseQuery { Slop = RelevanceWeights.BodyPhraseSlop };
        var first = query.Words[0].Position;
        foreach (var word in query.Words)
        {
            inBody.Add(new Term(SearchFields.BodyStem, word.Stem), word.Position - first);
        }

        var either = new BooleanQuery(disableCoord: true) { { inTitle, Occur.SHOULD }, { inBody, Occur.SHOULD } };
        var count = new TotalHitCountCollector();
        searcher.Search(either, count);
        return count.TotalHits > 0;
    }
}
