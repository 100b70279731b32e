using System.Text.RegularExpressions;
using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Seventh;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

// The seventh catalogue's promises, whatever the cleaner does: one seed, one dressing; one
// article in five left as it was; the article's lines whole and in order in the raw text
// (a lead may carry an aside the catalogue adds, and look-alike paragraphs may be added);
// every label written into the raw text; teasers that are other stories; tweet links whole
// once the line breaks are taken out; every kind of noise drawn.
public sealed class SeventhDresserTests
{
    private static readonly DressingPools Pools = new(FixtureArticles.All, FixtureArticles.All);

    private static List<DressedArticle> DressMany(int seed, int count = 2000)
    {
        var r = new DressingRandom(seed);
        var dresser = new SeventhDresser(Pools);
        return [.. Enumerable.Range(0, count).Select(i => dresser.Dress(FixtureArticles.All[i % FixtureArticles.All.Count], $"#{i}", r))];
    }

    private static RawArticle Source(int i) => FixtureArticles.All[i % FixtureArticles.All.Count];

    [Fact]
    public void The_same_seed_dresses_the_same_way()
    {
        var first = DressMany(21, 200);
        var second = DressMany(21, 200);

        Assert.Equal(first.Select(d => d.Raw.Text), second.Select(d => d.Raw.Text));
        Assert.Equal(first.Select(d => d.Noise.Count), second.Select(d => d.Noise.Count));
        Assert.NotEqual(first.Select(d => d.Raw.Text), DressMany(22, 200).Select(d => d.Raw.Text));
    }

    [Fact]
    public void About_one_article_in_five_is_left_as_it_was()
    {
        var dressed = DressMany(23);

        var clean = dressed.Where(d => d.Undressed).ToList();
        Assert.InRange(clean.Count / (double)dressed.Count, 0.16, 0.24);
        Assert.All(clean, d => Assert.Empty(d.Noise));
        Assert.All(clean, d => Assert.Contains(FixtureArticles.All, a => a.Text == d.Raw.Text && a.Title == d.Raw.Title));
        Assert.All(dressed.Where(d => !d.Undressed), d => Assert.True(d.Noise.Count > 0 || d.Body.Any(b => b.Kind == BlockKind.Tweet), d.Key));
    }

    [Fact]
    public void Every_body_line_is_whole_and_in_order_in_the_raw_text()
    {
        foreach (var (d, i) in DressMany(24).Select((d, i) => (d, i)))
        {
            var raw = TextReferee.Lines(d.Raw.Text);
            var paragraphs = d.Body.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
            var at = -1;
            foreach (var p in paragraphs)
            {
                at = raw.FindIndex(at + 1, line => line.Contains(p, StringComparison.Ordinal));
                Assert.True(at >= 0, $"{d.Key}: {p}");
            }
            var source = TextReferee.Lines(Source(i).Text);
            var kept = paragraphs.Where(source.Contains).ToList();
            Assert.InRange(kept.Count, source.Count - 1, source.Count);
            Assert.Equal(source.Where(kept.Contains), kept);
        }
    }

    [Fact]
    public void Every_labelled_piece_is_written_into_the_raw_text()
    {
        foreach (var d in DressMany(25))
        {
            var raw = TextReferee.Normalize(d.Raw.Text.Replace('\n', ' ').Replace('\r', ' '));
            Assert.All(d.Noise.SelectMany(p => p.Lines), l => Assert.Contains(TextReferee.Normalize(l), raw, StringComparison.Ordinal));
            var lines = TextReferee.Lines(d.Raw.Text);
            foreach (var glued in d.Noise.Where(p => p.Glued))
            {
                Assert.Single(glued.Lines);
                Assert.Contains(lines, l => l.Contains(TextReferee.Normalize(glued.Lines[0]), StringComparison.Ordinal)
                    && d.Body.Any(b => b.Kind == BlockKind.Paragraph && l.Contains(b.Text, StringComparison.Ordinal) && l != b.Text));
            }
        }
    }

    [Fact]
    public void Teasers_are_other_stories_written_in_their_block()
    {
        var teasers = 0;
        foreach (var (d, i) in DressMany(26).Select((d, i) => (d, i)))
        {
            var own = TextReferee.Lines(Source(i).Text).Append(TextReferee.Normalize(Source(i).Title!)).ToList();
            foreach (var piece in d.Noise.Where(p => p.Teasers.Count > 0))
            {
                Assert.Equal(NoiseKind.Teaser, piece.Kind);
                foreach (var teaser in piece.Teasers)
                {
                    teasers++;
                    Assert.DoesNotContain(own, o => o.Contains(teaser, StringComparison.Ordinal) || teaser.Contains(o, StringComparison.Ordinal));
                    Assert.Contains(piece.Lines, l => TextReferee.Normalize(l).Contains(teaser, StringComparison.Ordinal));
                }
            }
        }
        Assert.True(teasers > 200, $"{teasers} teasers");
    }

    [Fact]
    public void Every_tweet_link_is_a_whole_address_once_line_breaks_are_joined()
    {
        var tweets = 0;
        var broken = 0;
        foreach (var d in DressMany(27))
        {
            var joined = d.Raw.Text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            foreach (var tweet in d.Body.Where(b => b.Kind == BlockKind.Tweet && b.Url is not null))
            {
                tweets++;
                Assert.Contains(tweet.Url!, joined, StringComparison.Ordinal);
                Assert.Equal([tweet.Url!], tweet.Links);
                Assert.DoesNotContain(tweet.Url!, tweet.Text, StringComparison.Ordinal);
                Assert.Matches(TweetUrl(), tweet.Url!);
                Assert.Equal(Regex.IsMatch(tweet.Text, "[\u0600-\u06FF]") && tweet.Text.First(char.IsLetter) > '\u05FF' ? TextDirection.Rtl : TextDirection.Ltr, tweet.Dir);
                broken += d.Raw.Text.Contains(tweet.Url!, StringComparison.Ordinal) ? 0 : 1;
            }
        }
        Assert.True(tweets > 200, $"{tweets} tweets");
        Assert.InRange(broken, tweets / 4, tweets - 1);
    }

    [Fact]
    public void Every_kind_of_noise_is_drawn()
    {
        var noise = DressMany(28).SelectMany(d => d.Noise).ToList();

        Assert.Equal(Enum.GetValues<NoiseKind>().Order(), noise.Select(p => p.Kind).Distinct().Order());
        Assert.Equal([NoiseKind.Dateline, NoiseKind.Credit, NoiseKind.MoreLink], noise.Where(p => p.Glued).Select(p => p.Kind).Distinct().Order());
        Assert.All(noise.Where(p => p.Kind == NoiseKind.Credit), p => Assert.False(string.IsNullOrWhiteSpace(p.Credit)));
    }

    private static Regex TweetUrl() => new("^(https?://)?(mobile\\.)?(t\\.co|pic\\.twitter\\.com|twitter\\.com|x\\.com)/[A-Za-z0-9_/]+$");
}
