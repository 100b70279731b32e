using BlazorReader.Bench.Cleaning;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

public class ArticleDresserTests
{
    private static readonly DressingPools Pools = new(FixtureArticles.All, FixtureArticles.All);

    private static List<DressedArticle> Dress(int seed, int rounds = 10)
    {
        var r = new DressingRandom(seed);
        var dresser = new ArticleDresser(Pools);
        return [.. Enumerable.Range(0, rounds).SelectMany(_ => FixtureArticles.All).Select((a, i) => dresser.Dress(a, $"#{i}", r))];
    }

    [Fact]
    public void One_seed_dresses_the_same_way_every_time()
    {
        Assert.Equal(Dress(7).Select(d => d.Raw.Text), Dress(7).Select(d => d.Raw.Text));
        Assert.NotEqual(Dress(7).Select(d => d.Raw.Text), Dress(8).Select(d => d.Raw.Text));
    }

    [Fact]
    public void About_a_fifth_of_the_articles_are_left_as_they_were()
    {
        var dressed = Dress(3, rounds: 50);
        Assert.InRange(dressed.Count(d => d.Undressed), dressed.Count / 10, dressed.Count * 3 / 10);
        Assert.All(dressed.Where(d => d.Undressed), d => Assert.Empty(d.Noise));
    }

    [Fact]
    public void Every_piece_of_noise_and_every_paragraph_is_in_the_raw_text()
    {
        foreach (var d in Dress(5))
        {
            var raw = ArticleScore.Flat(d.Raw.Text);
            Assert.All(d.Noise.SelectMany(p => p.Lines), l => Assert.Contains(ArticleScore.Flat(l), raw, StringComparison.Ordinal));
            Assert.All(d.Body.Where(b => b.Kind == BlockKind.Paragraph), b => Assert.Contains(b.Text, raw, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_dressed_tweet_names_whole_links_and_breaks_them_in_the_raw_text()
    {
        var tweets = Dress(11, rounds: 20).SelectMany(d => d.Body.Where(b => b.Kind == BlockKind.Tweet).Select(t => (d, t))).ToList();
        Assert.NotEmpty(tweets);
        Assert.All(tweets, x => Assert.All(x.t.Links, l => Assert.Matches(@"^(https?://\S+/\w+|pic\.twitter\.com/\w+)$", l)));
        Assert.Contains(tweets, x => x.t.Links.Count > 0 && !x.d.Raw.Text.Contains(x.t.Links[0], StringComparison.Ordinal));
    }
}
