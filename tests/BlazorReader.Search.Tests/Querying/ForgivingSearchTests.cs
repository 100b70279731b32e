using BlazorReader.Core.Articles;
using static BlazorReader.Search.Tests.NewsFixtures;

namespace BlazorReader.Search.Tests.Querying;

// Issue 20: a slip of the finger, a word the articles lack, a clitic too many or too few.
public class ForgivingSearchTests
{
    private static readonly DateTime July = new(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc);

    private static SearchResults Search(string query)
    {
        using var index = NewIndex();
        return index.Search(new SearchRequest(query));
    }

    private static ArticleIndex IndexOf(IEnumerable<SearchDocument> articles)
    {
        var index = ArticleIndex.InMemory();
        foreach (var article in articles) index.Upsert(article);
        index.Commit();
        return index;
    }

    private static SearchDocument Article(int id, string title, string body) => new(id, title, body, "was", [], ArticleStatus.Published, July);

    // Each kind of slip in «تمريض», with the corrected query the reader is offered.
    [Theory]
    [InlineData("وظيفة فني تمرض")]
    [InlineData("وظيفة فني تمرريض")]
    [InlineData("وظيفة فني تمرضي")]
    [InlineData("وظيفة فني تمريص")]
    public void A_mistyped_word_still_finds_the_article_and_is_corrected(string query)
    {
        var results = Search(query);
        Assert.Contains(results.Items[0].Id, (int[])[HealthJobs, HealthJobsRepeat]);
        Assert.Equal("وظيفة فني تمريض", results.Suggestion);
    }

    [Fact]
    public void A_correction_keeps_the_letters_the_reader_typed_elsewhere_in_the_word()
    {
        Assert.Equal("الخدمات الإسعافية", Search("الخدمات الإسعفية").Suggestion);
    }

    [Fact]
    public void A_rare_name_typed_right_is_not_corrected_to_a_commoner_look_alike()
    {
        var articles = Enumerable.Range(1, 30).Select(i => Article(i, $"صادق يفوز بالجائزة رقم {i}", "فاز صادق بالجائزة."))
            .Append(Article(99, "محافظ ثادق يزور المستشفى", "زار محافظ ثادق مستشفى ثادق."));
        using var index = IndexOf(articles);
        var results = index.Search(new SearchRequest("ثادق"));
        Assert.Equal(99, results.Items[0].Id);
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void A_two_letter_word_is_never_corrected()
    {
        Assert.Null(Search("قر").Suggestion);
    }

    [Fact]
    public void One_word_found_nowhere_does_not_empty_the_results()
    {
        var results = Search("أذربيجان تستعيد زلزلة");
        Assert.Equal(Qarabagh, results.Items[0].Id);
    }

    [Fact]
    public void When_no_article_holds_every_word_those_holding_most_come_back_and_no_others()
    {
        using var index = IndexOf(
        [
            Article(1, "أذربيجان تعلن استعادة قرى جديدة", "أعلنت أذربيجان استعادة قرى في الإقليم."),
            Article(2, "أذربيجان تستعيد قرى في قره باغ", "أعلنت أذربيجان أن قواتها استعادت قرى."),
            Article(3, "أرمينيا تتحدث عن قصف على قرى", "قالت أرمينيا إن القصف امتد."),
        ]);
        var ranked = index.Search(new SearchRequest("أذربيجان قرى زلزلة")).Items.Select(i => i.Id).Order();
        Assert.Equal([1, 2], ranked);
    }

    [Theory]
    [InlineData("وبالخدمات الإسعافية")]
    [InlineData("فللخدمات الإسعافية")]
    [InlineData("خدمات اسعافية")]
    public void Clitics_added_or_dropped_find_the_same_article(string query)
    {
        var results = Search(query);
        Assert.Equal(RedCrescent, results.Items[0].Id);
        Assert.Null(results.Suggestion);
    }

    // Thirty articles that say «يتبع» (to be continued), so that it is a common word.
    private static IEnumerable<SearchDocument> Serials() =>
        Enumerable.Range(100, 30).Select(i => Article(i, $"مسلسل رمضان الحلقة {i}", "يتبع الكاتب القصة في الحلقة القادمة. يتبع"));

    // «ينبع» typed «يتبع»: the slip made a common word, so no frequency test sees it; the
    // other two words stand only beside «ينبع».
    [Fact]
    public void A_slip_that_made_another_word_is_corrected_by_the_other_words()
    {
        using var index = IndexOf(Serials().Concat(
        [
            Article(1, "مصرع وإصابة 3 في حادث مروري بينبع", "لقي شخص مصرعه وأصيب اثنان في حادث مروري في ينبع."),
            Article(3, "ينبع تستضيف مهرجان الصيف", "تستضيف ينبع مهرجان الصيف هذا العام."),
            Article(4, "مصرع شاب في حادث", "لقي شاب مصرعه وإصابة آخر في حادث على طريق الرياض."),
        ]));
        var results = index.Search(new SearchRequest("مصرع وإصابة يتبع"));
        Assert.Equal(1, results.Items[0].Id);
        Assert.Equal("مصرع وإصابة ينبع", results.Suggestion);
    }

    // The same three words, typed as meant: a headline prints them together, so the look-alike
    // that two other articles use with «مصرع وإصابة» is not weighed, and nothing is offered.
    [Fact]
    public void Words_a_headline_prints_together_are_not_corrected_from_their_context()
    {
        using var index = IndexOf(Serials().Concat(
        [
            Article(1, "مصرع وإصابة 3 في حادث مروري بينبع", "لقي شخص مصرعه وأصيب اثنان في حادث مروري في ينبع."),
            Article(2, "مصرع وإصابة شخصين في ينبع", "لقي شخص مصرعه وأصيب آخر في ينبع."),
            Article(5, "مصرع وإصابة عاملين في مصنع يتبع شركة أسمنت", "لقي عامل مصرعه وأصيب آخر في مصنع يتبع الشركة."),
        ]));
        var results = index.Search(new SearchRequest("مصرع وإصابة يتبع"));
        Assert.Equal(5, results.Items[0].Id);
        Assert.Null(results.Suggestion);
    }

    // «وأفاح» is one slip from «وأفاد» (in many articles) and from «وأفراح» (in one): the one
    // the articles use with «الغفرة» and «بمكة» is meant, however rare.
    [Fact]
    public void Of_two_look_alikes_the_one_the_articles_use_with_the_other_words_wins()
    {
        var articles = Enumerable.Range(10, 8).Select(i => Article(i, $"وأفاد المتحدث بتطورات الحالة رقم {i}", "وأفاد المتحدث بأن الحالة مستقرة."))
            .Append(Article(1, "أعياد وأفراح الغفرة بمكة", "احتفلت أسر الغفرة في مكة بالعيد."))
            .Append(Article(2, "جولة في أحياء مكة", "زار الوفد أحياء مكة القديمة."));
        using var index = IndexOf(articles);
        var results = index.Search(new SearchRequest("وأفاح الغفرة بمكة"));
        Assert.Equal(1, results.Items[0].Id);
        Assert.Equal("وأفراح الغفرة بمكة", results.Suggestion);
    }

    [Fact]
    public void A_rare_name_typed_right_with_other_words_wins_over_a_commoner_look_alike()
    {
        var articles = Enumerable.Range(10, 30).Select(i => Article(i, $"محافظ صادق يزور المستشفى رقم {i}", "زار محافظ صادق المستشفى."))
            .Append(Article(1, "محافظ ثادق يزور المستشفى", "زار محافظ ثادق مستشفى ثادق."));
        using var index = IndexOf(articles);
        var results = index.Search(new SearchRequest("محافظ ثادق المستشفى"));
        Assert.Equal(1, results.Items[0].Id);
        Assert.Null(results.Suggestion);
    }

    // The same name, held by one article with the other words: the search as typed finds it,
    // so its look-alikes are never looked for (no fuzzy walk, no second search), and the
    // articles of «صادق» do not come along below it.
    [Fact]
    public void A_rare_name_typed_right_with_other_words_is_not_weighed_against_look_alikes()
    {
        var articles = Enumerable.Range(10, 30).Select(i => Article(i, $"محافظ صادق يزور المستشفى رقم {i}", "زار محافظ صادق المستشفى."))
            .Append(Article(1, "محافظ ثادق يزور المستشفى", "زار محافظ ثادق مستشفى ثادق."));
        using var index = IndexOf(articles);
        using var passes = new ExtraPassesOnThisThread();
        var results = index.Search(new SearchRequest("محافظ ثادق المستشفى"));
        Assert.Equal([1], results.Items.Select(i => i.Id));
        Assert.Equal(0, passes.Total);
    }

    // A slip that made a rare word («صادق» typed «ثادق», a town one article names elsewhere):
    // no article holds it with the other words, so its look-alikes are weighed after all.
    [Fact]
    public void A_slip_that_made_a_rare_word_is_corrected_when_no_article_holds_the_words()
    {
        var articles = Enumerable.Range(10, 30).Select(i => Article(i, $"محافظ صادق يزور المستشفى رقم {i}", "زار محافظ صادق المستشفى."))
            .Append(Article(1, "أمطار على ثادق", "هطلت أمطار على ثادق."));
        using var index = IndexOf(articles);
        using var passes = new ExtraPassesOnThisThread();
        var results = index.Search(new SearchRequest("محافظ ثادق المستشفى"));
        Assert.InRange(results.Items[0].Id, 10, 39);
        Assert.Equal("محافظ صادق المستشفى", results.Suggestion);
        Assert.Equal(1, passes["rare_words"]);
    }

    [Fact]
    public void A_long_query_is_not_corrected_from_its_context()
    {
        using var index = IndexOf(Serials().Append(
            Article(1, "مصرع وإصابة 3 في حادث مروري بينبع", "لقي شخص مصرعه وأصيب اثنان في حادث مروري في ينبع.")));
        Assert.Null(index.Search(new SearchRequest("مصرع وإصابة حادث مروري يتبع")).Suggestion);
    }
}
