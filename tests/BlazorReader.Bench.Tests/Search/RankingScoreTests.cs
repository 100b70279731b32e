using BlazorReader.Bench.Search;

namespace BlazorReader.Bench.Tests.Search;

// The evaluation harness's arithmetic: MRR@10, the 95% margin, and paired differences
// between two analyzers scored on the same queries.
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
