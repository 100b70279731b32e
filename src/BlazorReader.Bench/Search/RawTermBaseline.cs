using BlazorReader.Core.Arabic;
using BlazorReader.Search;
using BlazorReader.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Bench.Search;

// The cheapest query our own index can answer (each word as a TermQuery on the surface
// fields, OR-ed): the latency yardstick for what our scoring costs on top.
internal static class RawTermBaseline
{
    public static int Search(IndexSearcher searcher, string text)
    {
        var query = new BooleanQuery();
        foreach (var token in ArabicTextAnalyzer.Analyze(text))
        {
            query.Add(new TermQuery(new Term(SearchFields.TitleSurface, token.Surface)) { Boost = 2f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.BodySurface, token.Surface)), Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? 0 : searcher.Search(query, 10).ScoreDocs.Length;
    }
}
