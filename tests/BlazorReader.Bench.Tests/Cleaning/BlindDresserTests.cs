using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Blind;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

// The blind catalogue's promises, whatever shapes it draws: one seed, one dressing; a fifth
// of the articles left as they were; every body line written back whole and in order; every
// labelled piece really in the raw text; tweets that name whole links their text never holds.
public class BlindDresserTests
{
    private static readonly DressingPools Pools = new(FixtureArticles.All, FixtureArticles.All);

    private static List<(RawArticle Article, DressedArticle Dressed)> Dress(int seed, int rounds = 25)
    {
        var r = new DressingRandom(seed);
        var dresser = new BlindDresser(Pools);
        return [.. Enumerable.Range(0, rounds).SelectMany(_ => FixtureArticles.All).Select((a, i) => (a, dresser.Dress(a, $"#{i}", r)))];
    }

    [Fact]
    public void One_seed_dresses_the_same_way_every_time()
    {
        Assert.Equal(Dress(21).Select(d => d.Dressed.Raw.Text), Dress(21).Select(d => d.Dressed.Raw.Text));
        Assert.NotEqual(Dress(21).Select(d => d.Dressed.Raw.Text), Dress(22).Select(d => d.Dressed.Raw.Text));
    }

    [Fact]
    public void About_a_fifth_of_the_articles_are_left_as_they_were()
    {
        var all = Dress(23, rounds: 60);
        var undressed = all.Where(d => d.Dressed.Undressed).ToList();
        Assert.InRange(undressed.Count / (double)all.Count, 0.15, 0.25);
        Assert.All(undressed, d => Assert.Equal(d.Article.Text, d.Dressed.Raw.Text));
        Assert.All(undressed, d => Assert.Empty(d.Dressed.Noise));
        Assert.All(all.Where(d => !d.Dressed.Undressed), d => Assert.NotEmpty(d.Dressed.Noise));
    }

    [Fact]
    public void Every_body_line_comes_back_whole_and_in_order()
    {
        foreach (var (article, dressed) in Dress(24))
        {
            var expected = TextReferee.Lines(article.Text);
            Assert.Equal(expected, dressed.Body.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
            var raw = TextReferee.Lines(dressed.Raw.Text);
            var at = 0;
            foreach (var line in expected)
            {
                while (at < raw.Count && !raw[at].Contains(line, StringComparison.Ordinal))
                {
                    at++;
                }
                Assert.True(at < raw.Count, $"{dressed.Key}: body line not in the raw text in order: {line}");
                at++;
            }
        }
    }

    [Fact]
    public void Every_labelled_piece_is_in_the_raw_text_and_glued_ones_sit_on_a_body_line()
    {
        foreach (var (_, dressed) in Dress(25))
        {
            var raw = TextReferee.Lines(dressed.Raw.Text);
            foreach (var piece in dressed.Noise)
            {
                var lines = piece.Lines.Select(TextReferee.Normalize).Where(l => l.Length > 0).ToList();
                Assert.NotEmpty(lines);
                Assert.All(lines, l => Assert.Contains(raw, x => x.Contains(l, StringComparison.Ordinal)));
                if (piece.Glued)
                {
                    Assert.Contains(raw, x => x.Contains(lines[0], StringComparison.Ordinal) && dressed.Body.Any(b => x.Contains(b.Text, StringComparison.Ordinal) && x != b.Text));
                }
            }
        }
    }

    [Fact]
    public void A_dressed_tweet_names_whole_links_that_its_text_never_holds()
    {
        var tweets = Dress(26).SelectMany(d => d.Dressed.Body).Where(b => b.Kind == BlockKind.Tweet).ToList();
        Assert.NotEmpty(tweets);
        foreach (var tweet in tweets)
        {
            Assert.NotNull(tweet.Handle);
            Assert.Equal(tweet.Links.Count > 0 ? tweet.Links[0] : null, tweet.Url);
            Assert.All(tweet.Links, l => Assert.Matches(@"^(https?://)?[a-z.]+\.(co|com)/\S+$", l));
            Assert.All(tweet.Links, l => Assert.DoesNotContain(l, tweet.Text, StringComparison.Ordinal));
            Assert.DoesNotContain("t.co/", tweet.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Teasers_are_other_stories_never_the_article_itself()
    {
        foreach (var (article, dressed) in Dress(27))
        {
            var body = TextReferee.Lines(article.Text);
            var title = TextReferee.Normalize(article.Title ?? "");
            Assert.All(dressed.Noise.SelectMany(p => p.Teasers), t => Assert.True(t != title && !body.Any(b => b.Contains(t, StringComparison.Ordinal)), t));
        }
    }
}
