using BlazorReader.Core.Arabic;
using BlazorReader.Search.Indexing;
using BlazorReader.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Search.Tests.Querying;

// Term clauses sharing one enumerator per field and segment must score every document
// exactly as plain TermQuery clauses do.
public class TermStatesTermQueryTests
{
    [Theory]
    [InlineData("نظام التوظيف الإلكتروني وزارة الصحة")]
    [InlineData("المدينة المنورة الهلال الأحمر")]
    public void Scores_every_document_as_plain_term_queries(string text)
    {
        using var index = ArticleIndex.InMemory();
        foreach (var half in NewsFixtures.All.Chunk(5))
        {
            foreach (var article in half) index.Upsert(article);
            index.Commit();
        }

        var terms = ArabicTextAnalyzer.Analyze(text)
            .SelectMany(w => new[] { new Term(SearchFields.TitleSurface, w.Surface), new Term(SearchFields.BodySurface, w.Surface), new Term(SearchFields.BodyStem, w.Stem) })
            .ToList();
        index.WithSearcher(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1);
            var enumerators = new SharedTermsEnums();
            var states = new QueryTermStates(searcher.TopReaderContext, enumerators);
            states.LookUp(terms);
            var plain = new BooleanQuery(disableCoord: true);
            var shared = new BooleanQuery(disableCoord: true);
            foreach (var term in terms)
            {
                plain.Add(new TermQuery(term, states[term]) { Boost = 0.6f }, Occur.SHOULD);
                shared.Add(new TermStatesTermQuery(term, states[term], enumerators) { Boost = 0.6f }, Occur.SHOULD);
            }

            var expected = searcher.Search(plain, 100).ScoreDocs;
            var actual = searcher.Search(shared, 100).ScoreDocs;
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }
}
