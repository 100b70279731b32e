using BlazorReader.Core.Articles;
using BlazorReader.Core.Markdown;

namespace BlazorReader.Core.Tests.Markdown;

public class BodyTextTests
{
    private static ContentBlock Md(string text) => new(BlockKind.Markdown, text, TextDirection.Rtl);

    private static ContentBlock P(string text) => new(BlockKind.Paragraph, text, TextDirection.Rtl);

    [Fact]
    public void Markdown_blocks_are_read_without_their_markup()
    {
        Assert.Equal("عنوان فرعي", BodyText.Of(Md("## عنوان فرعي")));
        Assert.Equal("قال الوزير إن الاتفاق قريب.", BodyText.Of(Md("قال **الوزير** إن [الاتفاق](https://example.com) قريب.")));
        Assert.Equal("بند أول\nبند ثان", BodyText.Of(Md("- بند أول\n- بند ثان")));
        Assert.Equal("أ ب\n1 2", BodyText.Of(Md("| أ | ب |\n|---|---|\n| 1 | 2 |")));
    }

    [Fact]
    public void A_plain_paragraph_is_its_own_text_even_with_markdown_characters() =>
        Assert.Equal("5*3 و _كذا_", BodyText.Of(P("5*3 و _كذا_")));

    [Fact]
    public void The_lead_is_the_first_paragraph_not_a_heading_or_a_list()
    {
        Assert.Equal("الفقرة الأولى.", BodyText.Lead([Md("## عنوان"), Md("- بند"), P("الفقرة الأولى."), P("الثانية")]));
        Assert.Equal("فقرة فيها تشديد.", BodyText.Lead([Md("## عنوان"), Md("فقرة فيها **تشديد**."), P("الثانية")]));
    }

    [Fact]
    public void Reading_time_counts_the_words_not_the_markup()
    {
        var words = string.Join(' ', Enumerable.Repeat("كلمة", 180));
        Assert.Equal(1, ReadingTime.Minutes([BodyText.Of(Md("**" + words + "**"))]));
    }
}
