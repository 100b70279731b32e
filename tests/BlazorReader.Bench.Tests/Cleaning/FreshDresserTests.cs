using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Fresh;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

// The third catalogue's promises, whatever shapes it draws: one seed, one dressing; a fifth of
// the articles left as they were; every body line written back whole and in order; every
// labelled piece really in the raw text; tweets that name a whole link.
public class FreshDresserTests
{
    private static readonly DressingPools Pools = new(FixtureArticles.All, FixtureArticles.All);

    private static List<(RawArticle Article, DressedArticle Dressed)> Dress(int seed, int rounds = 25)
    {
        var r = new DressingRandom(seed);
        var dresser = new FreshDresser(Pools);
        return [.. Enumerable.Range(0, rounds).SelectMany(_ => FixtureArticles.All).Select((a, i) => (a, dresser.Dress(a, $"#{i}", r)))];
    }

    [Fact]
    public void One_seed_dresses_the_same_way_every_time()
    {
        Assert.Equal(Dress(11).Select(d => d.Dressed.Raw.Text), Dress(11).Select(d => d.Dressed.Raw.Text));
        Assert.NotEqual(Dress(11).Select(d => d.Dressed.Raw.Text), Dress(12).Select(d => d.Dressed.Raw.Text));
    }

    [Fact]
    public void About_a_fifth_of_the_articles_are_left_as_they_were()
    {
        var all = Dress(3, rounds: 50);
        var clean = all.Where(d => d.Dressed.Undressed).ToList();
        Assert.InRange(clean.Count, all.Count * 15 / 100, all.Count * 25 / 100);
        Assert.All(clean, d =>
        {
            Assert.Empty(d.Dressed.Noise);
            Assert.Equal(d.Article.Text, d.Dressed.Raw.Text);
        });
        Assert.All(all.Where(d => !d.Dressed.Undressed), d => Assert.NotEqual(d.Article.Text, d.Dressed.Raw.Text));
    }

    [Fact]
    public void Every_body_line_comes_back_whole_and_in_order()
    {
        foreach (var (article, dressed) in Dress(5))
        {
            var paragraphs = dressed.Body.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
            Assert.Equal(TextReferee.Lines(article.Text), paragraphs);
            // Each body line sits in a raw line of its own (alone, or with chrome glued on), in order.
            var raw = TextReferee.Lines(dressed.Raw.Text);
            var at = 0;
            foreach (var paragraph in paragraphs)
            {
                while (at < raw.Count && !raw[at].Contains(paragraph, StringComparison.Ordinal))
                {
                    at++;
                }
                Assert.True(at < raw.Count, $"{dressed.Key}: body line missing from the raw text: {paragraph}");
                at++;
            }
        }
    }

    [Fact]
    public void Every_labelled_piece_is_in_the_raw_text_and_glued_ones_sit_on_a_body_line()
    {
        foreach (var (_, dressed) in Dress(6))
        {
            var raw = TextReferee.Lines(dressed.Raw.Text);
            var flat = ArticleScore.Flat(dressed.Raw.Text);
            Assert.All(dressed.Noise.SelectMany(p => p.Lines).Select(ArticleScore.Flat).Where(l => l.Length > 0), l => Assert.Contains(l, flat, StringComparison.Ordinal));
            Assert.All(dressed.Noise.Where(p => p.Glued), p =>
                Assert.Contains(raw, line => line.Contains(ArticleScore.Flat(p.Lines[0]), StringComparison.Ordinal)
                    && dressed.Body.Any(b => b.Kind == BlockKind.Paragraph && line.Contains(b.Text, StringComparison.Ordinal))));
        }
    }

    [Fact]
    public void A_dressed_tweet_names_a_whole_link_that_its_text_never_holds()
    {
        var tweets = Dress(9).SelectMany(d => d.Dressed.Body).Where(b => b.Kind == BlockKind.Tweet).ToList();
        Assert.NotEmpty(tweets);
        Assert.All(tweets, t =>
        {
            Assert.Matches(@"^https?://(t\.co/\w{10}|pic\.twitter\.com/\w{10}|(www\.|mobile\.)?(twitter|x)\.com/\w+/status/\d+)$", t.Url!);
            Assert.DoesNotMatch(@"(https?:|t\.co/|\.com/)", t.Text);
            Assert.False(string.IsNullOrEmpty(t.Handle));
        });
    }
}
