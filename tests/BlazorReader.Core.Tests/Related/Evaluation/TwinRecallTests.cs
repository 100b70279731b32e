using BlazorReader.Core.Related.Evaluation;

namespace BlazorReader.Core.Tests.Related.Evaluation;

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
}
