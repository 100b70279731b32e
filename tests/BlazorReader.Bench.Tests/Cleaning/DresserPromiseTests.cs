using BlazorReader.Bench.Cleaning;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

// A catalogue's promises (the ninth's and the tenth's), whatever the cleaner does: one seed,
// one dressing; one article in five left as it was; every body line whole and in order in the raw text; every
// labelled piece written into it; teasers other stories; tweet links whole once the
// scraper's line breaks are taken out; every kind of noise drawn.
public abstract class DresserPromiseTests
{
    private static readonly DressingPools Pools = new(FixtureArticles.All, FixtureArticles.All);

    protected abstract IArticleDresser CreateDresser(DressingPools pools);

    private List<(DressedArticle Dressed, RawArticle Source)> DressMany(int seed, int count = 2000)
    {
        var r = new DressingRandom(seed);
        var dresser = CreateDresser(Pools);
        return [.. Enumerable.Range(0, count).Select(i => FixtureArticles.All[i % FixtureArticles.All.Count]).Select((a, i) => (dresser.Dress(a, $"#{i}", r), a))];
    }

    [Fact]
    public void The_same_seed_dresses_the_same_way()
    {
        var first = DressMany(11, 200).Select(d => d.Dressed).ToList();
        var second = DressMany(11, 200).Select(d => d.Dressed).ToList();

        Assert.Equal(first.Select(d => d.Raw.Text), second.Select(d => d.Raw.Text));
        Assert.Equal(first.Select(d => d.Noise.Count), second.Select(d => d.Noise.Count));
        Assert.NotEqual(first.Select(d => d.Raw.Text), DressMany(12, 200).Select(d => d.Dressed.Raw.Text));
    }

    [Fact]
    public void About_one_article_in_five_is_left_as_it_was()
    {
        var dressed = DressMany(5);

        var clean = dressed.Where(d => d.Dressed.Undressed).ToList();
        Assert.InRange(clean.Count / (double)dressed.Count, 0.16, 0.24);
        Assert.All(clean, d => Assert.Empty(d.Dressed.Noise));
        Assert.All(clean, d => Assert.Equal(d.Source.Text, d.Dressed.Raw.Text));
        Assert.All(dressed.Where(d => !d.Dressed.Undressed), d => Assert.NotEmpty(d.Dressed.Noise));
    }

    [Fact]
    public void Every_body_line_survives_whole_and_in_order_in_the_raw_text()
    {
        foreach (var (d, source) in DressMany(6))
        {
            var raw = TextReferee.Lines(d.Raw.Text);
            var paragraphs = d.Body.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
            var at = -1;
            foreach (var p in paragraphs)
            {
                at = raw.FindIndex(at + 1, line => line.Contains(p, StringComparison.Ordinal));
                Assert.True(at >= 0, $"{d.Key}: «{p}» is not whole after the paragraph before it");
            }
            var own = TextReferee.Lines(source.Text);
            Assert.Equal(own, paragraphs.Where(own.Contains));
            Assert.Equal(own.Count, paragraphs.Count(own.Contains));
        }
    }

    [Fact]
    public void Every_labelled_piece_is_written_into_the_raw_text_and_is_no_body_line()
    {
        foreach (var (d, _) in DressMany(8))
        {
            var raw = TextReferee.Normalize(d.Raw.Text.Replace('\n', ' '));
            var body = d.Body.Select(b => ArticleScore.Flat(b.Text)).ToHashSet(StringComparer.Ordinal);
            foreach (var piece in d.Noise)
            {
                Assert.All(piece.Lines, l => Assert.Contains(TextReferee.Normalize(l), raw, StringComparison.Ordinal));
                Assert.True(piece.Kind == NoiseKind.Repeat || !piece.Lines.Any(l => body.Contains(TextReferee.Normalize(l))), $"{d.Key}: a {piece.Kind} line is a body line");
                Assert.All(piece.Lines, l => Assert.True(TextReferee.Normalize(l).Length >= (piece.Glued ? 2 : 3), $"{d.Key}: a {piece.Kind} line too short to find: «{l}»"));
            }
        }
    }

    [Fact]
    public void Teasers_are_other_articles_titles_or_leads()
    {
        var teasers = 0;
        foreach (var (d, source) in DressMany(9))
        {
            foreach (var teaser in d.Noise.SelectMany(p => p.Teasers))
            {
                teasers++;
                Assert.True(Pools.Titles.Contains(teaser) || Pools.Leads.Contains(teaser), teaser);
                Assert.NotEqual(TextReferee.Normalize(source.Title!), teaser);
                Assert.DoesNotContain(teaser, TextReferee.Normalize(source.Text), StringComparison.Ordinal);
            }
        }
        Assert.True(teasers > 300, $"{teasers} teasers");
    }

    [Fact]
    public void Every_tweet_link_is_a_whole_address_once_line_breaks_are_joined()
    {
        var tweets = 0;
        var broken = 0;
        foreach (var (d, _) in DressMany(7))
        {
            var joined = d.Raw.Text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            foreach (var tweet in d.Body.Where(b => b.Kind == BlockKind.Tweet))
            {
                tweets++;
                Assert.NotNull(tweet.Url);
                Assert.Contains(tweet.Url, joined, StringComparison.Ordinal);
                Assert.Equal([tweet.Url], tweet.Links);
                Assert.DoesNotContain(tweet.Url, tweet.Text, StringComparison.Ordinal);
                Assert.Matches("^(https?://)?(mobile\\.)?(t\\.co|pic\\.twitter\\.com|twitter\\.com|x\\.com)/[A-Za-z0-9_/]+$", tweet.Url);
                Assert.All(TextReferee.Lines(tweet.Text), l => Assert.Contains(TextReferee.Lines(d.Raw.Text), raw => raw.Contains(l, StringComparison.Ordinal)));
                broken += d.Raw.Text.Contains(tweet.Url, StringComparison.Ordinal) ? 0 : 1;
            }
        }
        Assert.True(tweets > 200, $"{tweets} tweets");
        Assert.InRange(broken, tweets / 4, tweets - 1);
    }

    [Fact]
    public void Every_kind_of_noise_is_drawn_over_two_thousand_articles()
    {
        var pieces = DressMany(10).SelectMany(d => d.Dressed.Noise).ToList();

        Assert.Equal(Enum.GetValues<NoiseKind>().Order(), pieces.Select(p => p.Kind).Distinct().Order());
        Assert.Contains(pieces, p => p.Glued);
        Assert.Contains(pieces, p => p.Credit is not null);
    }
}
