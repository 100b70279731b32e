using System.Text.RegularExpressions;
using BlazorReader.Bench.Cleaning;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Bench.Tests.Cleaning;

// What the cleaner must do whatever shape the noise takes: the fixture articles dressed with
// thirty seeds each, every kind of noise in every position the dresser knows.
public class CleanerShapeTests
{
    private static readonly IReadOnlyList<(DressedArticle Dressed, CleanedArticle Cleaned)> Runs = Run();

    private static List<(DressedArticle, CleanedArticle)> Run()
    {
        var pools = new DressingPools(FixtureArticles.All, FixtureArticles.All);
        var cleaner = new ArticleCleaner();
        var runs = new List<(DressedArticle, CleanedArticle)>();
        for (var seed = 1; seed <= 30; seed++)
        {
            var r = new DressingRandom(seed);
            var dresser = new ArticleDresser(pools);
            foreach (var article in FixtureArticles.All)
            {
                var dressed = dresser.Dress(article, $"seed {seed} {article.SourceUrl}", r);
                runs.Add((dressed, cleaner.Clean(dressed.Raw)));
            }
        }
        return runs;
    }

    [Fact]
    public void No_body_paragraph_is_ever_removed()
    {
        Assert.All(Runs, x => Assert.Empty(new ArticleScore(x.Dressed, x.Cleaned).Lost));
    }

    [Fact]
    public void A_rebuilt_tweet_links_to_a_whole_address_and_its_text_is_never_the_link()
    {
        var tweets = Runs.SelectMany(x => x.Cleaned.Blocks).Where(b => b.Kind == BlockKind.Tweet).ToList();
        Assert.NotEmpty(tweets);
        Assert.All(tweets.Where(t => t.Url is not null), t => Assert.Matches(@"^https?://(t\.co/\w{4,}|pic\.twitter\.com/\w{4,}|(www\.|mobile\.)?(twitter|x)\.com/\w+/status/\d+)$", t.Url!));
        Assert.All(tweets, t => Assert.DoesNotMatch(@"(https?:|t\.co/|\.com/)", t.Text));
    }

    [Fact]
    public void An_article_left_as_it_was_comes_out_unchanged()
    {
        var undressed = Runs.Where(x => x.Dressed.Undressed).ToList();
        Assert.NotEmpty(undressed);
        Assert.All(undressed, x =>
        {
            Assert.Empty(x.Cleaned.Removed);
            Assert.Equal(x.Dressed.Body.Select(b => b.Text), x.Cleaned.Blocks.Select(b => ArticleScore.Flat(b.Text)));
        });
    }

    [Fact]
    public void A_footer_is_always_recognised()
    {
        var footers = Runs.SelectMany(x => new ArticleScore(x.Dressed, x.Cleaned).Pieces).Where(p => p.Piece.Kind == NoiseKind.Footer).ToList();
        Assert.NotEmpty(footers);
        Assert.All(footers, p => Assert.True(p.Removed, string.Join(" / ", p.Piece.Lines)));
    }
}
