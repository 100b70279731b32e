using static BlazorReader.Search.Tests.NewsFixtures;

namespace BlazorReader.Search.Tests.Querying;

public class QueryLanguageTests
{
    private static SearchResults Search(string query)
    {
        using var index = NewIndex();
        return index.Search(new SearchRequest(query));
    }

    [Fact]
    public void Quoted_phrase_must_appear_as_a_phrase()
    {
        var ids = Search("\"نظام التوظيف الإلكتروني\"").Items.Select(i => i.Id);
        Assert.Equal([HealthJobs, HealthJobsRepeat], ids.Order());
    }

    [Fact]
    public void Minus_word_excludes_articles_containing_it()
    {
        var ids = Search("أعلنت -اليمن").Items.Select(i => i.Id).ToList();
        Assert.DoesNotContain(EmiratiSoldier, ids);
    }

    [Fact]
    public void Minus_word_also_excludes_its_forms_with_clitics()
    {
        var ids = Search("أعلنت -وباليمن").Items.Select(i => i.Id).ToList();
        Assert.DoesNotContain(EmiratiSoldier, ids);
    }

    // Lucene's query syntax, an unclosed quote, control characters, lone marks: a query is only
    // ever its words (stopwords dropped; «على» is kept, as the name «علي» it normalises to).
    public static TheoryData<string, int[], SearchQueryProblem?> HostileQueries => new()
    {
        { "(سيف && الفلاسي) || ! { } [ ] \\ / * ? : ^ ~", [EmiratiSoldier], null },
        { "\"إعادة الأمل", [EmiratiSoldier], null },
        { "سيف\u0000\u0007\u001b الفلاسي", [EmiratiSoldier], null },
        { "-", [], SearchQueryProblem.OnlyStopwordsOrMarks },
        { "\"\"\"\"", [], SearchQueryProblem.OnlyStopwordsOrMarks },
        { "ًٌٍَُِّْ ـــ", [], SearchQueryProblem.OnlyStopwordsOrMarks },
        { "في من على إلى", [HealthJobs, ThadiqHospital, RedCrescent], null },
        { "", [], SearchQueryProblem.Empty },
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Hostile_query_is_searched_as_its_plain_words(string query, int[] expected, SearchQueryProblem? problem)
    {
        var results = Search(query);
        Assert.Equal(problem, results.Problem);
        Assert.Equal(expected, results.Items.Select(i => i.Id).Order());
    }

    [Fact]
    public void Ten_thousand_character_query_is_truncated()
    {
        var results = Search(string.Concat(Enumerable.Repeat("الفلاسي ", 1250)));
        Assert.True(results.QueryTruncated);
    }

    [Fact]
    public void Query_of_only_stopwords_reports_why_nothing_was_searched()
    {
        Assert.Equal(SearchQueryProblem.OnlyStopwordsOrMarks, Search("في مِن إلى").Problem);
    }

    [Fact]
    public void Query_of_only_exclusions_reports_why_nothing_was_searched()
    {
        Assert.Equal(SearchQueryProblem.OnlyExclusions, Search("-اليمن").Problem);
    }
}
