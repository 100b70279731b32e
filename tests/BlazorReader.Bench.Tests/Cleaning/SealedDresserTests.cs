using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Sealed;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

// The sealed catalogue's promises: one seed, one dressing; one article in five left as it
// was; every body line whole in the raw text; every tweet's link a whole address once the
// scraper's line breaks are taken out; every kind of noise drawn.
public sealed class SealedDresserTests
{
    private static readonly DressingPools Pools = new(FixtureArticles.All, FixtureArticles.All);

    private static List<DressedArticle> DressMany(int seed, int count = 1500)
    {
        var r = new DressingRandom(seed);
        var dresser = new SealedDresser(Pools);
        return [.. Enumerable.Range(0, count).Select(i => dresser.Dress(FixtureArticles.All[i % FixtureArticles.All.Count], $"#{i}", r))];
    }

    [Fact]
    public void The_same_seed_dresses_the_same_way()
    {
        var first = DressMany(11, 200);
        var second = DressMany(11, 200);

        Assert.Equal(first.Select(d => d.Raw.Text), second.Select(d => d.Raw.Text));
        Assert.Equal(first.Select(d => d.Noise.Count), second.Select(d => d.Noise.Count));
        Assert.NotEqual(first.Select(d => d.Raw.Text), DressMany(12, 200).Select(d => d.Raw.Text));
    }

    [Fact]
    public void About_one_article_in_five_is_left_as_it_was()
    {
        var dressed = DressMany(5);

        var clean = dressed.Where(d => d.Undressed).ToList();
        Assert.InRange(clean.Count / (double)dressed.Count, 0.16, 0.24);
        Assert.All(clean, d => Assert.Empty(d.Noise));
        Assert.All(clean, d => Assert.Contains(FixtureArticles.All, a => a.Text == d.Raw.Text));
        Assert.All(dressed.Where(d => !d.Undressed), d => Assert.True(d.Noise.Count > 0 || d.Body.Any(b => b.Kind == BlockKind.Tweet), d.Key));
    }

    [Fact]
    public void Every_body_line_survives_whole_in_the_raw_text()
    {
        foreach (var (d, i) in DressMany(6).Select((d, i) => (d, i)))
        {
            var raw = TextReferee.Lines(d.Raw.Text);
            var source = FixtureArticles.All[i % FixtureArticles.All.Count];
            var paragraphs = d.Body.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
            Assert.Equal(TextReferee.Lines(source.Text), paragraphs);
            Assert.All(paragraphs, p => Assert.Contains(raw, line => line.Contains(p, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Every_tweet_link_is_a_whole_address_once_line_breaks_are_joined()
    {
        var tweets = 0;
        var broken = 0;
        foreach (var d in DressMany(7))
        {
            var joined = d.Raw.Text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            foreach (var tweet in d.Body.Where(b => b.Kind == BlockKind.Tweet && b.Url is not null))
            {
                tweets++;
                Assert.Contains(tweet.Url!, joined, StringComparison.Ordinal);
                Assert.Equal([tweet.Url!], tweet.Links);
                Assert.DoesNotContain(tweet.Url!, tweet.Text, StringComparison.Ordinal);
                Assert.Matches("^(https?://)?(mobile\\.)?(t\\.co|pic\\.twitter\\.com|twitter\\.com|x\\.com)/[A-Za-z0-9_/]+$", tweet.Url!);
                broken += d.Raw.Text.Contains(tweet.Url!, StringComparison.Ordinal) ? 0 : 1;
            }
        }
        Assert.True(tweets > 100, $"{tweets} tweets");
        Assert.InRange(broken, tweets / 5, tweets - 1);
    }

    [Fact]
    public void Every_kind_of_noise_is_drawn_and_written_into_the_raw_text()
    {
        var dressed = DressMany(8);

        Assert.Equal(Enum.GetValues<NoiseKind>().Order(), dressed.SelectMany(d => d.Noise).Select(p => p.Kind).Distinct().Order());
        Assert.Contains(dressed.SelectMany(d => d.Noise), p => p.Glued);
        foreach (var d in dressed)
        {
            var raw = TextReferee.Normalize(d.Raw.Text.Replace('\n', ' '));
            Assert.All(d.Noise.SelectMany(p => p.Lines), l => Assert.Contains(TextReferee.Normalize(l), raw, StringComparison.Ordinal));
        }
    }
}
