using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Sixth;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

// The sixth catalogue's promises, whatever the cleaner does: one seed, one dressing; one
// article in five left as it was; every body line whole and in order in the raw text; every
// labelled piece written into it; tweet links whole once the line breaks are taken out;
// teasers other stories' text; every kind of noise drawn.
public sealed class SixthDresserTests
{
    private static readonly DressingPools Pools = new(FixtureArticles.All, FixtureArticles.All);

    private static List<DressedArticle> DressMany(int seed, int count = 2000)
    {
        var r = new DressingRandom(seed);
        var dresser = new SixthDresser(Pools);
        return [.. Enumerable.Range(0, count).Select(i => dresser.Dress(FixtureArticles.All[i % FixtureArticles.All.Count], $"#{i}", r))];
    }

    private static RawArticle Source(int i) => FixtureArticles.All[i % FixtureArticles.All.Count];

    [Fact]
    public void The_same_seed_dresses_the_same_way()
    {
        var first = DressMany(21, 300);
        var second = DressMany(21, 300);

        Assert.Equal(first.Select(d => d.Raw.Text), second.Select(d => d.Raw.Text));
        Assert.Equal(first.Select(d => d.Noise.Count), second.Select(d => d.Noise.Count));
        Assert.NotEqual(first.Select(d => d.Raw.Text), DressMany(22, 300).Select(d => d.Raw.Text));
    }

    [Fact]
    public void About_one_article_in_five_is_left_as_it_was()
    {
        var dressed = DressMany(23);

        var clean = dressed.Where(d => d.Undressed).ToList();
        Assert.InRange(clean.Count / (double)dressed.Count, 0.16, 0.24);
        Assert.All(clean, d => Assert.Empty(d.Noise));
        Assert.All(dressed.Select((d, i) => (d, i)).Where(p => p.d.Undressed), p => Assert.Equal(Source(p.i), p.d.Raw));
        Assert.All(dressed.Where(d => !d.Undressed), d => Assert.True(d.Noise.Count > 0 || d.Body.Any(b => b.Kind == BlockKind.Tweet), d.Key));
    }

    [Fact]
    public void Every_body_line_survives_whole_and_in_order_in_the_raw_text()
    {
        foreach (var (d, i) in DressMany(24).Select((d, i) => (d, i)))
        {
            var raw = TextReferee.Lines(d.Raw.Text);
            var paragraphs = d.Body.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
            Assert.Equal(TextReferee.Lines(Source(i).Text), paragraphs);
            var at = 0;
            foreach (var p in paragraphs)
            {
                while (at < raw.Count && !raw[at].Contains(p, StringComparison.Ordinal))
                {
                    at++;
                }
                Assert.True(at < raw.Count, $"{d.Key}: «{p}» missing or out of order");
                at++;
            }
        }
    }

    [Fact]
    public void Every_labelled_piece_is_written_into_the_raw_text()
    {
        foreach (var d in DressMany(25))
        {
            var raw = TextReferee.Normalize(d.Raw.Text.Replace('\n', ' '));
            Assert.All(d.Noise.SelectMany(p => p.Lines), l => Assert.Contains(TextReferee.Normalize(l), raw, StringComparison.Ordinal));
            Assert.All(d.Noise.SelectMany(p => p.Teasers), t => Assert.Contains(t, raw, StringComparison.Ordinal));
            Assert.All(d.Noise.Where(p => p.Credit is not null), p => Assert.Contains(TextReferee.Normalize(p.Credit!), TextReferee.Normalize(p.Lines[0]), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Teasers_are_other_stories_never_this_ones_lead_or_title()
    {
        var teasers = 0;
        foreach (var (d, i) in DressMany(26).Select((d, i) => (d, i)))
        {
            var own = TextReferee.Normalize(Source(i).Text);
            foreach (var t in d.Noise.SelectMany(p => p.Teasers))
            {
                teasers++;
                Assert.DoesNotContain(t, own, StringComparison.Ordinal);
                Assert.NotEqual(TextReferee.Normalize(Source(i).Title ?? ""), t);
            }
        }
        Assert.True(teasers > 300, $"{teasers} teasers");
    }

    [Fact]
    public void Every_tweet_link_is_a_whole_address_once_line_breaks_are_joined()
    {
        var tweets = 0;
        var broken = 0;
        foreach (var d in DressMany(27))
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
                broken += d.Raw.Text.Contains(tweet.Url, StringComparison.Ordinal) ? 0 : 1;
            }
        }
        Assert.True(tweets > 150, $"{tweets} tweets");
        Assert.InRange(broken, tweets / 5, tweets - 1);
    }

    [Fact]
    public void Every_kind_of_noise_is_drawn_and_some_are_glued_to_the_body()
    {
        var pieces = DressMany(28).SelectMany(d => d.Noise).ToList();

        Assert.Equal(Enum.GetValues<NoiseKind>().Order(), pieces.Select(p => p.Kind).Distinct().Order());
        Assert.Equal([NoiseKind.Byline, NoiseKind.Dateline, NoiseKind.Share, NoiseKind.Credit, NoiseKind.MoreLink, NoiseKind.Signature, NoiseKind.Tags],
            pieces.Where(p => p.Glued).Select(p => p.Kind).Distinct().Order());
    }

    [Fact]
    public void No_two_articles_carry_the_same_chrome_line_often()
    {
        var lines = DressMany(29).SelectMany(d => d.Noise).Where(p => p.Kind is not NoiseKind.Repeat and not NoiseKind.Teaser and not NoiseKind.Headline)
            .SelectMany(p => p.Lines).Select(TextReferee.Normalize).ToList();

        var distinct = lines.Distinct(StringComparer.Ordinal).Count();
        Assert.True(distinct > lines.Count / 2, $"{distinct} distinct of {lines.Count}");
    }
}
