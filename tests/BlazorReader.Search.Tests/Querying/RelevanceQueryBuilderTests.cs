using BlazorReader.Search.Indexing;
using BlazorReader.Search.Querying;
using BlazorReader.Search.Querying.Correction;
using Lucene.Net.Search;

namespace BlazorReader.Search.Tests.Querying;

// Which phrase and proximity clauses the scoring query asks for, by the query's length.
public class RelevanceQueryBuilderTests
{
    private static List<string> PhraseClauses(string text)
    {
        using var index = ArticleIndex.InMemory();
        foreach (var article in NewsFixtures.All) index.Upsert(article);
        index.Commit();
        return index.WithSearcher(searcher =>
        {
            var states = new QueryTermStates(searcher.TopReaderContext, new SharedTermsEnums());
            var query = RelevanceQueryBuilder.Build(UserQueryParser.Parse(text), QueryCorrections.None, relaxed: false, states);
            return query.Clauses.Select(c => c.Query).OfType<TermStatesPhraseQuery>().Select(p => p.ToString()).ToList();
        });
    }

    [Fact]
    public void Asks_a_short_query_for_its_stems_near_each_other_in_the_body()
    {
        var clauses = PhraseClauses("نظام التوظيف الإلكتروني");
        Assert.Contains(clauses, c => c.StartsWith(SearchFields.BodyStem + ":", StringComparison.Ordinal) && c.Contains("~6", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_body_proximity_out_of_a_query_that_lets_a_word_miss()
    {
        var clauses = PhraseClauses("الدخول على نظام التوظيف الإلكتروني لوزارة الصحة");
        Assert.DoesNotContain(clauses, c => c.StartsWith(SearchFields.BodyStem + ":", StringComparison.Ordinal));
        Assert.Contains(clauses, c => c.StartsWith(SearchFields.BodySurface + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Ranks_a_long_query_printed_as_a_body_phrase_first()
    {
        using var index = ArticleIndex.InMemory();
        foreach (var article in NewsFixtures.All) index.Upsert(article);
        index.Commit();
        var ranked = index.Search(new SearchRequest("الدخول على نظام التوظيف الإلكتروني")).Items.Select(i => i.Id).ToList();
        Assert.Contains(ranked.First(), new[] { NewsFixtures.HealthJobs, NewsFixtures.HealthJobsRepeat });
        Assert.True(ranked.IndexOf(NewsFixtures.ScatteredWords) is -1 or > 1, string.Join(",", ranked));
    }
}
