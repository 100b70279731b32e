using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Markdown;
using Markdig.Syntax;

namespace BlazorReader.Core.Tests.Markdown;

public class MediaReferenceTests
{
    [Theory]
    [InlineData("media:12", 12)]
    [InlineData("MEDIA:3", 3)]
    [InlineData("media:0", null)]
    [InlineData("media:-4", null)]
    [InlineData("media:12?x", null)]
    [InlineData("media: 12", null)]
    [InlineData("https://example.com/media:12", null)]
    [InlineData(null, null)]
    public void Reads_a_library_id_from_a_picture_address(string? url, int? id) => Assert.Equal(id, MediaReference.IdOf(url));

    [Fact]
    public void Finds_the_pictures_a_body_names_once_each()
    {
        var (blocks, _) = EditedBody.Read("فقرة أولى.\n\n![منصة](media:4 \"تعليق\")\n\nانظر ![ثانية](media:9) و![مكررة](media:4) و![خارجية](https://example.com/x.jpg).");
        Assert.Equal([4, 9], MediaReference.In(blocks));
    }

    [Fact]
    public void A_literal_paragraph_that_mentions_media_names_no_picture() =>
        Assert.Empty(MediaReference.In([new ContentBlock(BlockKind.Paragraph, "![x](media:4)", TextDirection.Ltr)]));

    [Fact]
    public void Writes_a_reference_the_body_reads_back_with_its_words()
    {
        var markdown = MediaReference.Markdown(7, "شعار [المهرجان]", "قال \"المنظمون\" ذلك");
        var image = BodyMarkdown.Parse(markdown).Descendants<Markdig.Syntax.Inlines.LinkInline>().Single();
        Assert.Equal((7, "شعار [المهرجان]", "قال \"المنظمون\" ذلك"), (MediaReference.IdOf(image.Url)!.Value, MarkdownPlainText.Of(image), image.Title));
    }
}
