using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Holdout;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Bench.Tests.Cleaning;

// What the cleaner must do whatever shape the noise takes, on the held-out catalogue too:
// the fixture articles dressed with thirty seeds each in shapes it was never tuned on.
public class HoldoutShapeTests
{
    private static readonly IReadOnlyList<(DressedArticle Dressed, CleanedArticle Cleaned)> Runs = Run();

    private static List<(DressedArticle, CleanedArticle)> Run()
    {
        var dresser = new HoldoutDresser(new DressingPools(FixtureArticles.All, FixtureArticles.All));
        var cleaner = new ArticleCleaner();
        var runs = new List<(DressedArticle, CleanedArticle)>();
        for (var seed = 1; seed <= 30; seed++)
        {
            var r = new DressingRandom(seed);
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
        Assert.All(tweets.Where(t => t.Url is not null), t => Assert.Matches(@"^https?://(t\.co/\w{4,}|pic\.twitter\.com/\w{4,}|(twitter|x)\.com/\w+/status/\d+)$", t.Url!));
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
    public void The_catalogue_dresses_teasers_credits_and_tweets()
    {
        var kinds = Runs.SelectMany(x => x.Dressed.Noise).Select(p => p.Kind).ToHashSet();
        Assert.Contains(NoiseKind.Teaser, kinds);
        Assert.Contains(NoiseKind.Credit, kinds);
        Assert.Contains(Runs, x => x.Dressed.Body.Any(b => b.Kind == BlockKind.Tweet));
    }
}
