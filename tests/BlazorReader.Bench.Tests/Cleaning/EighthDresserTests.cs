using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Eighth;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

// The eighth catalogue's promises, whatever the cleaner does: one seed, one dressing; one
// article in five left as it was; every body line whole and in order in the raw text; every
// label written into the raw text; every tweet's link a whole address once the line breaks are
// taken out; teasers that are other stories; every kind of noise drawn.
public sealed class EighthDresserTests
{
    private static readonly DressingPools Pools = new(FixtureArticles.All, FixtureArticles.All);

    private static List<DressedArticle> DressMany(int seed, int count = 2000)
    {
        var r = new DressingRandom(seed);
        var dresser = new EighthDresser(Pools);
        return [.. Enumerable.Range(0, count).Select(i => dresser.Dress(FixtureArticles.All[i % FixtureArticles.All.Count], $"#{i}", r))];
    }

    private static RawArticle SourceOf(int i) => FixtureArticles.All[i % FixtureArticles.All.Count];

    [Fact]
    public void The_same_seed_dresses_the_same_way()
    {
        var first = DressMany(21, 200);
        var second = DressMany(21, 200);

        Assert.Equal(first.Select(d => d.Raw.Text), second.Select(d => d.Raw.Text));
        Assert.Equal(first.Select(d => string.Join("|", d.Noise.SelectMany(p => p.Lines))), second.Select(d => string.Join("|", d.Noise.SelectMany(p => p.Lines))));
        Assert.NotEqual(first.Select(d => d.Raw.Text), DressMany(22, 200).Select(d => d.Raw.Text));
    }

    [Fact]
    public void About_one_article_in_five_is_left_as_it_was()
    {
        var dressed = DressMany(5);

        var clean = dressed.Where(d => d.Undressed).ToList();
        Assert.InRange(clean.Count / (double)dressed.Count, 0.16, 0.24);
        Assert.All(clean, d => Assert.Empty(d.Noise));
        Assert.All(dressed.Select((d, i) => (d, i)).Where(p => p.d.Undressed), p => Assert.Equal(SourceOf(p.i), p.d.Raw));
        Assert.All(dressed.Where(d => !d.Undressed), d => Assert.True(d.Noise.Count > 0, d.Key));
    }

    [Fact]
    public void Every_body_line_is_whole_and_in_order_in_the_raw_text()
    {
        foreach (var (d, i) in DressMany(6).Select((d, i) => (d, i)))
        {
            var raw = TextReferee.Lines(d.Raw.Text);
            var paragraphs = d.Body.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
            var source = TextReferee.Lines(SourceOf(i).Text);
            // The story's own lines all come back in order; the dresser may add paragraphs of its own.
            Assert.Equal(source, paragraphs.Where(source.Contains).Distinct());
            var at = 0;
            foreach (var p in paragraphs)
            {
                at = raw.FindIndex(at, line => line.Contains(p, StringComparison.Ordinal));
                Assert.True(at >= 0, $"{d.Key}: {p}");
                // Two short paragraphs of one list never share a raw line.
                at++;
            }
        }
    }

    [Fact]
    public void Every_labelled_piece_is_written_into_the_raw_text()
    {
        var dressed = DressMany(8);

        foreach (var d in dressed)
        {
            var raw = TextReferee.Normalize(d.Raw.Text.Replace('\n', ' '));
            Assert.All(d.Noise.SelectMany(p => p.Lines), l => Assert.Contains(TextReferee.Normalize(l), raw, StringComparison.Ordinal));
            Assert.All(d.Noise.SelectMany(p => p.Teasers), t => Assert.Contains(TextReferee.Normalize(t), raw, StringComparison.Ordinal));
            Assert.All(d.Noise.Where(p => p.Credit is not null), p => Assert.Contains(p.Credit!, p.Lines[0], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Glued_pieces_sit_on_the_first_or_last_paragraph_with_that_paragraph_whole()
    {
        var glued = 0;
        foreach (var d in DressMany(9))
        {
            var raw = TextReferee.Lines(d.Raw.Text);
            var paragraphs = d.Body.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
            foreach (var piece in d.Noise.Where(p => p.Glued))
            {
                glued++;
                var label = TextReferee.Normalize(piece.Lines[0]);
                Assert.Contains(raw, line => line.Contains(label, StringComparison.Ordinal)
                    && (line.StartsWith(label, StringComparison.Ordinal) && line.Contains(paragraphs[0], StringComparison.Ordinal)
                        || line.EndsWith(label, StringComparison.Ordinal) && line.Contains(paragraphs[^1], StringComparison.Ordinal)));
            }
        }
        Assert.True(glued > 100, $"{glued} glued pieces");
    }

    [Fact]
    public void Every_tweet_link_is_a_whole_address_once_line_breaks_are_joined()
    {
        var tweets = 0;
        var broken = 0;
        foreach (var d in DressMany(7))
        {
            var joined = d.Raw.Text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            foreach (var tweet in d.Body.Where(b => b.Kind == BlockKind.Tweet))
            {
                tweets++;
                Assert.True(tweet.Url is not null || tweet.Handle is not null, "a tweet with neither link nor signature is a paragraph");
                Assert.DoesNotContain("http", tweet.Text, StringComparison.Ordinal);
                if (tweet.Url is null)
                {
                    continue;
                }
                Assert.Contains(tweet.Url, joined, StringComparison.Ordinal);
                Assert.Equal([tweet.Url], tweet.Links);
                Assert.Matches("^(https://)?(mobile\\.)?(t\\.co|pic\\.twitter\\.com|twitter\\.com|x\\.com)/[A-Za-z0-9_/]+$", tweet.Url);
                broken += d.Raw.Text.Contains(tweet.Url, StringComparison.Ordinal) ? 0 : 1;
            }
        }
        Assert.True(tweets > 100, $"{tweets} tweets");
        Assert.InRange(broken, tweets / 5, tweets - 1);
    }

    [Fact]
    public void Teasers_are_other_stories_never_this_one()
    {
        foreach (var (d, i) in DressMany(10).Select((d, i) => (d, i)))
        {
            var source = SourceOf(i);
            var own = TextReferee.Normalize(source.Text.Replace('\n', ' '));
            foreach (var teaser in d.Noise.SelectMany(p => p.Teasers))
            {
                Assert.NotEqual(TextReferee.Normalize(source.Title!), teaser);
                Assert.DoesNotContain(teaser.Length > 60 ? teaser[..60] : teaser, own, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_kind_of_noise_is_drawn_over_two_thousand_articles()
    {
        var dressed = DressMany(8);

        Assert.Equal(Enum.GetValues<NoiseKind>().Order(), dressed.SelectMany(d => d.Noise).Select(p => p.Kind).Distinct().Order());
        Assert.Contains(dressed, d => d.Raw.Title is null && d.ExpectedTitle is not null);
        Assert.Contains(dressed, d => d.Raw.Text.Contains('\r', StringComparison.Ordinal));
        Assert.Contains(dressed, d => d.Raw.Text.StartsWith('\uFEFF'));
        Assert.Contains(dressed, d => d.Raw.Text.Contains('\u00A0', StringComparison.Ordinal));
        Assert.Contains(dressed.SelectMany(d => d.Noise).SelectMany(p => p.Lines), l => l.Any(ch => ch is >= '\u0660' and <= '\u0669'));
    }
}
