using BlazorReader.Search.Evaluation;

namespace BlazorReader.Search.Tests;

// The evaluation harness: its arithmetic (MRR@10, the 95% margin, paired differences between
// two analyzers scored on the same queries), the keywords ceiling, and which articles count
// as a query's right answers.
public class RankingScoreTests
{
    private static readonly HashSet<int> Right = [7];

    private static KnownItemQuery Query(QueryFamily family = QueryFamily.Keywords) => new(family, "q", Right);

    [Fact]
    public void Reciprocal_rank_counts_the_first_right_answer_within_ten()
    {
        var score = new RankingScore();
        score.Add(Query(), [7, 1, 2], 0);
        score.Add(Query(), [1, 7], 0);
        score.Add(Query(), [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 7], 0);

        Assert.Equal((1 + 0.5 + 0) / 3, score.Mrr(QueryFamily.Keywords), 12);
        Assert.True(double.IsNaN(score.Mrr(QueryFamily.Exact)));
    }

    [Fact]
    public void Margin_is_zero_when_every_query_ranks_alike_and_shrinks_with_more_queries()
    {
        var alike = new RankingScore();
        for (var i = 0; i < 50; i++) alike.Add(Query(), [7], 0);
        Assert.Equal(0, alike.Margin(QueryFamily.Keywords));

        static RankingScore Mixed(int queries)
        {
            var score = new RankingScore();
            for (var i = 0; i < queries; i++) score.Add(Query(), i % 10 == 0 ? [1, 7] : [7], 0);
            return score;
        }

        var few = Mixed(300).Margin(QueryFamily.Keywords);
        var many = Mixed(1200).Margin(QueryFamily.Keywords);
        Assert.InRange(few, 0.005, 0.05);
        Assert.Equal(few / 2, many, 0.0001);
    }

    [Fact]
    public void Paired_difference_compares_query_by_query()
    {
        var ours = new RankingScore();
        var theirs = new RankingScore();
        for (var i = 0; i < 100; i++)
        {
            ours.Add(Query(), [7], 0);
            theirs.Add(Query(), i < 20 ? [1, 7] : [7], 0);
        }

        var (difference, margin) = ours.Minus(theirs, QueryFamily.Keywords);
        Assert.Equal(0.1, difference, 12);
        Assert.InRange(margin, 0.01, 0.1);
        Assert.True(double.IsNaN(ours.Minus(theirs, QueryFamily.Exact).Difference));
    }
}

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

public class KnownItemQueryGeneratorTests
{
    private const string Body = "أعلنت وزارة الصحة إلى جميع المواطنين أن حملة التطعيم ضد الحصبة تبدأ في المدارس يوم الأحد المقبل وتستمر أسبوعين في كل مناطق المملكة حسب الجدول المعلن";

    [Fact]
    public void A_body_phrase_is_held_by_every_copy_that_differs_only_in_hamza_diacritics_or_punctuation()
    {
        var articles = new[]
        {
            new CorpusArticle("a", "https://example.org/1", "2015-07-21 10:00:00", "حملة التطعيم ضد الحصبة", Body),
            new CorpusArticle("b", "https://example.org/2", "2015-07-21 11:00:00", "الصحة تطلق حملة التطعيم",
                Body.Replace("إلى", "الى", StringComparison.Ordinal).Replace("الصحة", "الصحّة،", StringComparison.Ordinal).Replace("المملكة", "المملكه", StringComparison.Ordinal)),
            new CorpusArticle("c", "https://example.org/3", "2015-07-21 12:00:00", "أمطار على عسير", "أمطار غزيرة على منطقة عسير " + string.Join(' ', Enumerable.Repeat("والباحة وجازان", 10))),
        };

        var phrases = new KnownItemQueryGenerator(articles, seed: 7).Generate(20)
            .Where(q => q.Family == QueryFamily.BodyPhrase && !q.Text.Contains("والباحة", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(phrases);
        Assert.All(phrases, q => Assert.Equal([0, 1], q.RightIds.Order()));
    }
}
