using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Data.Articles;
using BlazorReader.Web.Components.Layout;
using BlazorReader.Web.Components.Pages.Articles;
using Bunit;
using MudBlazor;

namespace BlazorReader.Web.Tests.Components.Pages.Articles;

public class ArticleViewTests : BunitTestBase
{
    private static Article Sample() => new()
    {
        Id = 7,
        Title = "زعيم جماعة Zouaves Paris يتوجه إلى قره باغ",
        Slug = "x",
        Source = "aljazeera",
        PublishedAt = new DateTime(2020, 11, 2, 0, 0, 0, DateTimeKind.Utc),
        ReadingMinutes = 3,
        Blocks =
        [
            new ContentBlock(BlockKind.Paragraph, "أعلن زعيم جماعة \"زواف باريس\" (Zouaves Paris) أنه توجه إلى قره باغ.", TextDirection.Rtl),
            new ContentBlock(BlockKind.Tweet, "He went to Nagorno-Karabakh to fight.", TextDirection.Ltr,
                "https://t.co/nRuBv96uAR", "new hope", "hamdhi11", new DateOnly(2020, 11, 1)),
        ],
        Teasers = [new ArticleTeaser { Text = "وتشتد المعارك بين أذربيجان وأرمينيا في محيط بلدة شوشي." }],
    };

    [Fact]
    public void Renders_one_h1_and_each_block_with_its_own_direction()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, Sample()));
        Assert.Single(cut.FindAll("h1"));
        Assert.Equal("rtl", cut.Find(".article-body > p").GetAttribute("dir"));
        Assert.Equal("ltr", cut.Find("figure.tweet").GetAttribute("dir"));
    }

    [Fact]
    public void Isolates_latin_names_inside_arabic_paragraphs()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, Sample()));
        Assert.Contains(cut.FindAll(".article-body > p bdi"), b => b.TextContent == "Zouaves Paris");
    }

    [Fact]
    public void Tweet_card_shows_author_handle_date_and_rejoined_link()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, Sample()));
        var card = cut.Find("figure.tweet");
        Assert.Contains("new hope", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("@hamdhi11", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("2020-11-01", card.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("https://t.co/nRuBv96uAR", card.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Tweet_caption_isolates_the_author_and_keeps_the_arabic_date_right_to_left()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, Sample()));
        var caption = cut.Find("figure.tweet figcaption");
        // In a left-to-right card an unisolated "1 نوفمبر 2020" shows as "1 2020 نوفمبر".
        Assert.Equal("rtl", caption.QuerySelector("time")!.GetAttribute("dir"));
        Assert.Contains(caption.QuerySelectorAll("bdi"), b => b.TextContent == "new hope");
        Assert.Contains(caption.QuerySelectorAll("bdi[dir=ltr]"), b => b.TextContent == "@hamdhi11");
    }

    [Fact]
    public void A_tweet_link_that_is_not_http_is_not_rendered_as_a_link()
    {
        var article = Sample();
        article.Blocks[1] = article.Blocks[1] with { Url = "javascript:alert(1)" };
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, article));
        Assert.Empty(cut.FindAll("figure.tweet a"));
    }

    [Fact]
    public void Shows_the_date_with_an_arabic_month_name_and_teasers_as_text()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, Sample()));
        Assert.Contains("2 نوفمبر 2020", cut.Find("header time").TextContent, StringComparison.Ordinal);
        Assert.Contains("شوشي", cut.Find(".teasers li").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resolved_teaser_is_a_link_and_an_unresolved_one_plain_text()
    {
        var article = Sample();
        article.Teasers.Add(new ArticleTeaser { Text = "خبر مرتبط", LinkedArticleId = 9 });
        var cut = Render<ArticleView>(p => p
            .Add(x => x.Article, article)
            .Add(x => x.TeaserLinks, new Dictionary<int, string> { [9] = "/articles/9/x" }));
        var items = cut.FindAll(".teasers li");
        Assert.Empty(items[0].QuerySelectorAll("a"));
        Assert.Equal("/articles/9/x", items[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Theme_and_article_render_under_an_arabic_current_culture()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
        try
        {
            var theme = Render<MudThemeProvider>(p => p.Add(x => x.Theme, ReaderTheme.Value));
            var view = Render<ArticleView>(p => p.Add(x => x.Article, Sample()));
            Assert.DoesNotContain("٫", theme.Markup, StringComparison.Ordinal);
            Assert.Contains("2 نوفمبر 2020", view.Find("header time").TextContent, StringComparison.Ordinal);
            Assert.Contains("16 ربيع الأول 1442", view.Find("header .hijri").TextContent, StringComparison.Ordinal);
            var tweetDate = view.Find("figure.tweet time");
            Assert.Equal("2020-11-01", tweetDate.GetAttribute("datetime"));
            Assert.Equal("1 نوفمبر 2020", tweetDate.TextContent);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
