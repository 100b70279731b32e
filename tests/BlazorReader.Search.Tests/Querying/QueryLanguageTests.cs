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

    [Theory]
    [InlineData("title:(سيف OR الفلاسي)^3 AND body:[a TO z] ~2 *? \\ / { } ! && ||")]
    [InlineData("\"إعادة الأمل")]
    [InlineData("سيف\u0000\u0007\u001b الفلاسي")]
    [InlineData("-")]
    [InlineData("\"\"\"\"")]
    [InlineData("ًٌٍَُِّْ ـــ")]
    [InlineData("في من على إلى")]
    [InlineData("")]
    public void Hostile_query_answers_without_throwing(string query)
    {
        var results = Search(query);
        Assert.True(results.Total >= 0);
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

    [Fact]
    public void Suggests_the_query_without_its_rarest_word_when_nothing_matches()
    {
        var results = Search("أذربيجان تستعيد زلزلة");
        Assert.Equal((0, "أذربيجان تستعيد"), (results.Total, results.Suggestion));
    }
}
