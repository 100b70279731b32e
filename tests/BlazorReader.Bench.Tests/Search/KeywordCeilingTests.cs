using BlazorReader.Bench.Search;

namespace BlazorReader.Bench.Tests.Search;

// The keywords ceiling: the best MRR any ranker can reach from the query alone.
public class KeywordCeilingTests
{
    private static CorpusArticle Article(string title) => new("paper", "https://example.org/a", "2015-07-21 10:00:00", title, "نص");

    [Fact]
    public void A_shorter_headline_holding_every_word_outranks_the_right_longer_one()
    {
        var articles = new[]
        {
            Article("وزارة الصحة تطلق حملة التطعيم الوطنية ضد الحصبة في المدارس"),
            Article("الصحة تطلق حملة التطعيم"),
            Article("أمطار غزيرة على منطقة عسير"),
        };
        var longer = new KnownItemQuery(QueryFamily.Keywords, "حملة الصحة التطعيم", new HashSet<int> { 0 });
        var shorter = new KnownItemQuery(QueryFamily.Keywords, "حملة الصحة التطعيم", new HashSet<int> { 1 });
        var alone = new KnownItemQuery(QueryFamily.Keywords, "أمطار عسير غزيرة", new HashSet<int> { 2 });

        Assert.Equal(0.5, KeywordCeiling.Mrr(articles, [longer]), 12);
        Assert.Equal(1, KeywordCeiling.Mrr(articles, [shorter, alone]), 12);
    }

    [Fact]
    public void Equally_short_headlines_share_their_ranks_and_other_families_are_ignored()
    {
        var articles = new[] { Article("الأسهم تغلق على ارتفاع"), Article("الأسهم تغلق على انخفاض") };
        var query = new KnownItemQuery(QueryFamily.Keywords, "تغلق الأسهم على", new HashSet<int> { 0 });
        var exact = new KnownItemQuery(QueryFamily.Exact, "الأسهم تغلق على ارتفاع", new HashSet<int> { 1 });

        Assert.Equal((1 + 0.5) / 2, KeywordCeiling.Mrr(articles, [query, exact]), 12);
    }
}
