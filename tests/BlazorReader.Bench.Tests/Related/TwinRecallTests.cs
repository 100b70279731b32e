using BlazorReader.Bench.Related;

namespace BlazorReader.Bench.Tests.Related;

public class TwinRecallTests
{
    // Article 7 is a paper's second copy of article 3's text: both have text key 3.
    private static int TextKeyOf(int id) => id == 7 ? 3 : id;

    private static IReadOnlyList<int> Ranking(int id) => id == 1 ? [5, 6, 7, 8] : [];

    [Fact]
    public void Places_the_twin_where_the_list_shows_it() =>
        Assert.Equal(1, TwinRecall.Rank(Ranking, TextKeyOf, from: 1, to: 6));

    [Fact]
    public void Counts_the_twin_found_when_another_copy_of_its_text_is_listed() =>
        Assert.Equal(2, TwinRecall.Rank(Ranking, TextKeyOf, from: 1, to: 3));

    [Fact]
    public void Says_absent_when_no_copy_of_the_twin_is_listed() =>
        Assert.Equal(-1, TwinRecall.Rank(Ranking, TextKeyOf, from: 1, to: 9));

    [Fact]
    public void Capped_recall_asks_no_more_of_a_top_5_than_5_twins() =>
        // Seven twins, five of them in the top 5: all a top 5 can hold.
        Assert.Equal(1.0, TwinRecall.Capped([[0, 1, 2, 3, 4, 5, 6]], 5));

    [Fact]
    public void Capped_recall_counts_twins_missing_from_the_top_k() =>
        // Two articles: one twin at rank 6 of two; one twin absent of one.
        Assert.Equal(1 / 3.0, TwinRecall.Capped([[0, 6], [-1]], 5), 9);
}
