using BlazorReader.Core.Articles;
using static BlazorReader.Search.Tests.NewsFixtures;

namespace BlazorReader.Search.Tests.Querying;

public class RankingTests
{
    private static readonly DateTime July = new(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc);

    private static List<int> Ranked(ArticleIndex index, string query) =>
        index.Search(new SearchRequest(query)).Items.Select(i => i.Id).ToList();

    private static ArticleIndex IndexOf(params SearchDocument[] articles)
    {
        var index = ArticleIndex.InMemory();
        foreach (var article in articles) index.Upsert(article);
        index.Commit();
        return index;
    }

    private static SearchDocument Article(int id, string title, string body, DateTime? at = null) =>
        new(id, title, body, "was", [], ArticleStatus.Published, at ?? July);

    [Fact]
    public void Ranks_surface_match_above_stem_only_match()
    {
        using var index = IndexOf(Article(1, "افتتاح مدارس جديدة", "نص الخبر"), Article(2, "افتتاح المدارس الجديدة", "نص الخبر"));
        Assert.Equal([2, 1], Ranked(index, "المدارس"));
    }

    [Fact]
    public void Ranks_title_match_above_body_match()
    {
        using var index = IndexOf(
            Article(1, "جهود في المدينة المنورة", "أشاد الأمير بجهود الهلال الأحمر في المدينة."),
            Article(2, "الهلال الأحمر ينشر مراكز جديدة", "أشاد الأمير بالجهود في المدينة."));
        Assert.Equal(2, Ranked(index, "الهلال الأحمر")[0]);
    }

    [Fact]
    public void Ranks_body_phrase_above_the_same_words_scattered()
    {
        using var index = NewIndex();
        var ranked = Ranked(index, "نظام التوظيف الإلكتروني");
        Assert.True(ranked.IndexOf(ScatteredWords) > ranked.IndexOf(HealthJobsRepeat), string.Join(",", ranked));
    }

    [Fact]
    public void Ranks_the_whole_title_above_a_longer_title_containing_it()
    {
        const string title = "13 طالبة بمكة المكرمة يجتزن اختبار التسريع";
        using var index = IndexOf(
            Article(1, title + " وينتقلن إلى صفوف أعلى", title + " في مكة المكرمة وينتقلن إلى صفوف أعلى."),
            Article(2, title, "اجتازت طالبات في مكة اختبارا للانتقال إلى صفوف أعلى."));
        Assert.Equal(2, Ranked(index, "13 طالبه بمكه المكرمه يجتزن اختبار التسريع")[0]);
    }

    [Fact]
    public void Ranks_the_shorter_of_two_headlines_holding_the_query_words_first()
    {
        // Nine and ten words: Lucene's one-byte length norm scores them as equally long.
        const string shorter = "أمير المنطقة يفتتح معرض الكتاب الدولي في مدينة جدة اليوم";
        using var index = IndexOf(
            Article(1, shorter.Replace("اليوم", "الساحلية اليوم"), "افتتح أمير المنطقة معرض الكتاب."),
            Article(2, shorter, "افتتح أمير المنطقة معرض الكتاب."));
        Assert.Equal([2, 1], Ranked(index, "معرض جدة الكتاب"));
    }

    [Fact]
    public void Ranks_the_most_recent_of_repeated_titles_first()
    {
        using var index = NewIndex();
        var ranked = Ranked(index, "وزارة الصحة تعلن عن توفر «72» وظيفة فني تمريض");
        Assert.Equal([HealthJobsRepeat, HealthJobs], ranked.Take(2));
    }

    [Fact]
    public void Sorts_by_date_newest_first_when_asked()
    {
        using var index = NewIndex();
        var items = index.Search(new SearchRequest("أعلنت") { Sort = SearchSort.Newest }).Items;
        Assert.Equal(items.OrderByDescending(i => i.PublishedAt).Select(i => i.Id), items.Select(i => i.Id));
    }
}
