using BlazorReader.Core.Arabic;
using BlazorReader.Search.Indexing;
using BlazorReader.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BlazorReader.Search.Tests.Querying;

// The phrase query that reuses looked-up term states builds Lucene's internal phrase scorers
// itself: it must score every document exactly as a plain PhraseQuery does.
public class TermStatesPhraseQueryTests
{
    [Theory]
    [InlineData(SearchFields.BodySurface, "نظام التوظيف الإلكتروني", 0)]
    [InlineData(SearchFields.BodySurface, "نظام التوظيف الإلكتروني", 1)]
    [InlineData(SearchFields.BodyStem, "التوظيف نظام الإلكتروني", 6)]
    [InlineData(SearchFields.BodyStem, "المدينة المنورة", 0)]
    [InlineData(SearchFields.TitleStem, "تمريض وزارة الصحة", 12)]
    [InlineData(SearchFields.BodyStem, "بن عبد بن", 6)]
    public void Scores_every_document_as_a_plain_phrase_query(string field, string text, int slop)
    {
        using var index = ArticleIndex.InMemory();
        // Two segments, so per-segment states are taken from the right segment.
        foreach (var half in NewsFixtures.All.Chunk(5))
        {
            foreach (var article in half) index.Upsert(article);
            index.Commit();
        }

        var form = field is SearchFields.TitleSurface or SearchFields.BodySurface ? (Func<AnalyzedToken, string>)(t => t.Surface) : t => t.Stem;
        var words = ArabicTextAnalyzer.Analyze(text);
        var plain = new PhraseQuery { Slop = slop, Boost = 1.5f };
        foreach (var word in words) plain.Add(new Term(field, form(word)), word.Position - words[0].Position);

        index.WithSearcher(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1);
            var enumerators = new SharedTermsEnums();
            var states = new QueryTermStates(searcher.TopReaderContext, enumerators);
            states.LookUp(plain.GetTerms());
            var expected = searcher.Search(plain, 100).ScoreDocs;
            var actual = searcher.Search(new TermStatesPhraseQuery(plain, states.All, enumerators), 100).ScoreDocs;
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }
}
