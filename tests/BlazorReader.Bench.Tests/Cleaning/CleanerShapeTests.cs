using System.Text.RegularExpressions;
using BlazorReader.Bench.Cleaning;
using BlazorReader.Bench.Cleaning.Blind;
using BlazorReader.Bench.Cleaning.Fresh;
using BlazorReader.Bench.Cleaning.Holdout;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Bench.Tests.Cleaning;

// What the cleaner must do whatever shape the noise takes: the fixture articles dressed with
// thirty seeds each, every kind of noise in every position a catalogue knows, in the first
// catalogue and in the three written apart from it and from each other.
public class CleanerShapeTests
{
    private static readonly Dictionary<DressingCatalogue, Lazy<List<(DressedArticle Dressed, CleanedArticle Cleaned)>>> RunsOf = new()
    {
        [DressingCatalogue.Original] = new(() => Run(pools => new ArticleDresser(pools))),
        [DressingCatalogue.Holdout] = new(() => Run(pools => new HoldoutDresser(pools))),
        [DressingCatalogue.Fresh] = new(() => Run(pools => new FreshDresser(pools))),
        [DressingCatalogue.Blind] = new(() => Run(pools => new BlindDresser(pools))),
    };

    private static List<(DressedArticle, CleanedArticle)> Run(Func<DressingPools, IArticleDresser> dresserOf)
    {
        var pools = new DressingPools(FixtureArticles.All, FixtureArticles.All);
        var cleaner = new ArticleCleaner();
        var runs = new List<(DressedArticle, CleanedArticle)>();
        for (var seed = 1; seed <= 30; seed++)
        {
            var r = new DressingRandom(seed);
            var dresser = dresserOf(pools);
            foreach (var article in FixtureArticles.All)
            {
                var dressed = dresser.Dress(article, $"seed {seed} {article.SourceUrl}", r);
                runs.Add((dressed, cleaner.Clean(dressed.Raw)));
            }
        }
        return runs;
    }

    [Theory]
    [InlineData(DressingCatalogue.Original)]
    [InlineData(DressingCatalogue.Holdout)]
    [InlineData(DressingCatalogue.Fresh)]
    public void No_body_paragraph_is_ever_removed(DressingCatalogue catalogue)
    {
        Assert.All(RunsOf[catalogue].Value, x => Assert.Empty(new ArticleScore(x.Dressed, x.Cleaned).Lost));
    }

    [Theory]
    [InlineData(DressingCatalogue.Original)]
    [InlineData(DressingCatalogue.Holdout)]
    [InlineData(DressingCatalogue.Fresh)]
    [InlineData(DressingCatalogue.Blind)]
    public void A_rebuilt_tweet_links_to_a_whole_address_and_its_text_is_never_the_link(DressingCatalogue catalogue)
    {
        var tweets = RunsOf[catalogue].Value.SelectMany(x => x.Cleaned.Blocks).Where(b => b.Kind == BlockKind.Tweet).ToList();
        Assert.NotEmpty(tweets);
        Assert.All(tweets.Where(t => t.Url is not null), t => Assert.Matches(@"^https?://(t\.co/\w{4,}|pic\.twitter\.com/\w{4,}|(www\.|mobile\.)?(twitter|x)\.com/(\w+|i/web)/status/\d+)$", t.Url!));
        Assert.All(tweets, t => Assert.DoesNotMatch(@"(https?:|t\.co/|\.com/)", t.Text));
    }

    [Theory]
    [InlineData(DressingCatalogue.Original)]
    [InlineData(DressingCatalogue.Holdout)]
    [InlineData(DressingCatalogue.Fresh)]
    [InlineData(DressingCatalogue.Blind)]
    public void An_article_left_as_it_was_comes_out_unchanged(DressingCatalogue catalogue)
    {
        var undressed = RunsOf[catalogue].Value.Where(x => x.Dressed.Undressed).ToList();
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
        var footers = RunsOf[DressingCatalogue.Original].Value.SelectMany(x => new ArticleScore(x.Dressed, x.Cleaned).Pieces).Where(p => p.Piece.Kind == NoiseKind.Footer).ToList();
        Assert.NotEmpty(footers);
        Assert.All(footers, p => Assert.True(p.Removed, string.Join(" / ", p.Piece.Lines)));
    }

    [Fact]
    public void The_held_out_catalogue_dresses_teasers_credits_and_tweets()
    {
        var runs = RunsOf[DressingCatalogue.Holdout].Value;
        var kinds = runs.SelectMany(x => x.Dressed.Noise).Select(p => p.Kind).ToHashSet();
        Assert.Contains(NoiseKind.Teaser, kinds);
        Assert.Contains(NoiseKind.Credit, kinds);
        Assert.Contains(runs, x => x.Dressed.Body.Any(b => b.Kind == BlockKind.Tweet));
    }
}
