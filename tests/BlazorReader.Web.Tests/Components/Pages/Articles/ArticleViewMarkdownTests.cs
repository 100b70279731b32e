using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using BlazorReader.Web.Components.Pages.Articles;
using Bunit;

namespace BlazorReader.Web.Tests.Components.Pages.Articles;

public class ArticleViewMarkdownTests : BunitTestBase
{
    private IRenderedComponent<ArticleView> RenderBody(string markdown) => Render<ArticleView>(p => p.Add(x => x.Article, new Article
    {
        Id = 3,
        Title = "عنوان الخبر",
        Slug = "x",
        Blocks = [.. EditedBody.Read(markdown).Blocks],
    }));

    [Fact]
    public void A_heading_and_a_list_render_as_elements_below_the_one_h1()
    {
        var cut = RenderBody("الفقرة الأولى.\n\n## عنوان فرعي\n\n- بند أول\n- Second item\n");
        Assert.Single(cut.FindAll("h1"));
        var heading = cut.Find(".article-body h2");
        Assert.Equal("عنوان فرعي", heading.TextContent);
        Assert.Equal("عنوان-فرعي", heading.Id);
        Assert.Equal(["rtl", "ltr"], cut.FindAll(".article-body ul > li").Select(li => li.GetAttribute("dir")));
        Assert.Equal("الفقرة الأولى.", cut.Find(".article-body > p").TextContent);
    }

    [Fact]
    public void A_cleaned_paragraph_with_markdown_characters_is_printed_as_it_is()
    {
        var cut = Render<ArticleView>(p => p.Add(x => x.Article, new Article
        {
            Title = "ت",
            Slug = "x",
            Blocks = [new ContentBlock(BlockKind.Paragraph, "## ليس عنوانا و *ليس مائلا*", TextDirection.Rtl)],
        }));
        Assert.Empty(cut.FindAll(".article-body h2, .article-body em"));
        Assert.Equal("## ليس عنوانا و *ليس مائلا*", cut.Find(".article-body > p").TextContent);
    }
}
