using System.Text.RegularExpressions;
using BlazorReader.Bench.Render;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Markdown;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Bench.Tests.Render;

// The article bench render times is the one the goal names: 2,000 words, five pictures.
public class RenderArticleTests
{
    [Fact]
    public void Has_two_thousand_words_of_prose_and_five_pictures_rendered_as_figures()
    {
        var (markdown, pictures) = RenderArticle.Create();
        var blocks = EditedBody.Read(markdown).Blocks;

        // The seed's 2,000 words, and the few the dressing adds (subheadings, «Reuters», «AFP»).
        Assert.InRange(BodyText.Of(blocks).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, 2000, 2150);
        Assert.Equal(5, Regex.Count(BodyHtml.Render(blocks, pictures), "<figure><picture>"));
    }
}
