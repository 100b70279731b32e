using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Markdown;

public class EditedBodyTests
{
    [Fact]
    public void A_heading_and_a_list_become_markdown_blocks_and_plain_lines_stay_paragraphs()
    {
        var (blocks, _) = EditedBody.Read("## عنوان فرعي\n\nفقرة أولى.\nفقرة ثانية.\n\n- بند أول\n- بند ثان\n");
        Assert.Equal([BlockKind.Markdown, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Markdown], blocks.Select(b => b.Kind));
        Assert.Equal("## عنوان فرعي", blocks[0].Text);
        Assert.Equal("فقرة أولى.", blocks[1].Text);
        Assert.Equal("- بند أول\n- بند ثان", blocks[3].Text);
        Assert.All(blocks, b => Assert.Equal(TextDirection.Rtl, b.Dir));
    }

    [Fact]
    public void A_paragraph_with_bold_or_a_link_is_a_markdown_block()
    {
        var (blocks, _) = EditedBody.Read("قال **الوزير** إن [الاتفاق](https://example.com) قريب.");
        var block = Assert.Single(blocks);
        Assert.Equal(BlockKind.Markdown, block.Kind);
        Assert.Equal("قال **الوزير** إن [الاتفاق](https://example.com) قريب.", block.Text);
    }

    [Fact]
    public void The_written_body_reads_back_to_the_same_blocks_and_the_same_text()
    {
        var (blocks, markdown) = EditedBody.Read("## عنوان\n\nنص *مائل* هنا.\n\nسطر عادي فيه 5*3.\n\n> اقتباس\n\n| أ | ب |\n|---|---|\n| 1 | 2 |\n");
        var (again, written) = EditedBody.Read(markdown);
        Assert.Equal(blocks, again);
        Assert.Equal(markdown, written);
    }

    [Fact]
    public void A_tweet_in_the_writers_form_is_a_tweet_block()
    {
        var tweet = new ContentBlock(BlockKind.Tweet, "He went to fight_now *there*.\nSecond line", TextDirection.Ltr,
            "https://t.co/nRuBv96uAR", "new hope", "hamdhi11", new DateOnly(2020, 11, 1));
        var (blocks, _) = EditedBody.Read(MarkdownWriter.Write([new ContentBlock(BlockKind.Paragraph, "قبل", TextDirection.Rtl), tweet]));
        Assert.Equal(tweet, blocks[1]);
    }

    [Fact]
    public void A_tweet_without_link_or_date_reads_back()
    {
        var tweet = new ContentBlock(BlockKind.Tweet, "تغريدة", TextDirection.Rtl, null, "حساب", "some_user_", null);
        Assert.Equal([tweet], EditedBody.Read(MarkdownWriter.Write([tweet])).Blocks);
    }

    [Fact]
    public void A_reference_link_keeps_its_definition()
    {
        var (blocks, _) = EditedBody.Read("انظر [التقرير][1].\n\nفقرة.\n\n[1]: https://example.com/report\n");
        Assert.Equal(2, blocks.Count);
        Assert.Contains("[1]: https://example.com/report", blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invisible_and_bidi_control_characters_are_dropped_as_the_cleaner_drops_them()
    {
        var (blocks, _) = EditedBody.Read("\uFEFFفقرة\u200F   فيها  مسافات\r\n");
        Assert.Equal("فقرة فيها مسافات", Assert.Single(blocks).Text);
    }
}
