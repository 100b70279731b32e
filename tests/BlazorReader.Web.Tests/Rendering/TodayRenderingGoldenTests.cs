using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Web.Rendering;
using BlazorReader.Web.Tests.Components;
using BlazorReader.Web.Tests.Rendering.Today;
using Bunit;

namespace BlazorReader.Web.Tests.Rendering;

// Existing articles render exactly as before Markdig: corpus articles cleaned by the cleaner,
// through the new renderer, against the body as ArticleView rendered it (Today/).
public sealed class TodayRenderingGoldenTests : BunitTestBase
{
    [Theory]
    [InlineData(7)]
    [InlineData(16)]
    public void Cleaned_corpus_articles_render_as_they_did_before_markdig(int seed)
    {
        var cleaner = new ArticleCleaner();
        var compared = 0;
        foreach (var raw in CorpusSample.Take(150, seed))
        {
            var blocks = cleaner.Clean(raw).Blocks;
            var today = Render<TodayBody>(p => p.Add(x => x.Blocks, blocks)).Markup;
            var now = "<div class=\"article-body\">" + BodyHtml.Render(blocks) + "</div>";
            Assert.Equal(ComparableHtml.Of(today), ComparableHtml.Of(now));
            compared++;
        }
        Assert.Equal(150, compared);
    }

    [Fact]
    public void The_seed_with_its_tweet_renders_as_it_did_before_markdig()
    {
        var raw = new RawArticle(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(Path.GetFileName).First()!)));
        var blocks = new ArticleCleaner().Clean(raw).Blocks;
        Assert.Contains(blocks, b => b.Kind == BlockKind.Tweet);
        var today = Render<TodayBody>(p => p.Add(x => x.Blocks, blocks)).Markup;
        Assert.Equal(ComparableHtml.Of(today), ComparableHtml.Of("<div class=\"article-body\">" + BodyHtml.Render(blocks) + "</div>"));
    }

    [Fact]
    public void Tweets_with_and_without_their_parts_render_as_they_did_before_markdig()
    {
        ContentBlock[] blocks =
        [
            new(BlockKind.Paragraph, "قال \"زواف باريس\" (Zouaves Paris) إن 5*3 <b>ليست</b> & كذا https://example.com/a?b=1", TextDirection.Rtl),
            new(BlockKind.Tweet, "He went to Nagorno-Karabakh to fight.\nسطر ثان", TextDirection.Ltr, "https://t.co/nRuBv96uAR", "new hope", "hamdhi11", new DateOnly(2020, 11, 1)),
            new(BlockKind.Tweet, "تغريدة بلا رابط", TextDirection.Rtl, "javascript:alert(1)", "حساب", "", null),
            new(BlockKind.Paragraph, "An English paragraph with an Arabic name محمد inside.", TextDirection.Ltr),
        ];
        var today = Render<TodayBody>(p => p.Add(x => x.Blocks, blocks)).Markup;
        Assert.Equal(ComparableHtml.Of(today), ComparableHtml.Of("<div class=\"article-body\">" + BodyHtml.Render(blocks) + "</div>"));
    }
}
