using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Web.Editing;

namespace BlazorReader.Web.Tests.Editing;

// Each toolbar edit on a given selection: «[» and «]» in a case mark what is selected, «|»
// a caret; the expected text marks what the edit leaves selected the same way.
public sealed class ToolbarEditsTests
{
    private static BodySelection At(string marked)
    {
        if (marked.Contains('|', StringComparison.Ordinal))
        {
            var at = marked.IndexOf('|', StringComparison.Ordinal);
            return BodySelection.Caret(marked.Remove(at, 1), at);
        }
        var start = marked.IndexOf('[', StringComparison.Ordinal);
        var end = marked.IndexOf(']', StringComparison.Ordinal) - 1;
        return new BodySelection(marked.Remove(start, 1).Remove(end, 1), start, end);
    }

    private static string Marked(BodySelection s) => s.Start == s.End
        ? s.Text.Insert(s.Start, "|")
        : s.Text.Insert(s.End, "]").Insert(s.Start, "[");

    [Theory]
    [InlineData("أعلن [الوزير] اليوم", "أعلن **[الوزير]** اليوم")]
    [InlineData("أعلن **[الوزير]** اليوم", "أعلن [الوزير] اليوم")]
    [InlineData("أعلن [الوزير ]اليوم", "أعلن **[الوزير]** اليوم")]
    [InlineData("أعلن | اليوم", "أعلن **|** اليوم")]
    [InlineData("[سطر أول\nسطر ثان]", "[**سطر أول**\n**سطر ثان**]")]
    [InlineData("Minister [Ali] said", "Minister **[Ali]** said")]
    public void Bold_wraps_or_unwraps_the_selection(string before, string after) =>
        Assert.Equal(after, Marked(ToolbarEdits.Wrap(At(before), "**")));

    [Theory]
    [InlineData("أعلن **[الوزير]** اليوم", "أعلن ***[الوزير]*** اليوم")]
    [InlineData("أعلن *[الوزير]* اليوم", "أعلن [الوزير] اليوم")]
    [InlineData("أعلن ***[الوزير]*** اليوم", "أعلن **[الوزير]** اليوم")]
    public void Italic_inside_bold_is_not_taken_for_half_of_it(string before, string after) =>
        Assert.Equal(after, Marked(ToolbarEdits.Wrap(At(before), "*")));

    [Theory]
    [InlineData("مقدمة\nعنوان| القسم\nنص", "مقدمة\n## عنوان القسم|\nنص")]
    [InlineData("## عنوان| القسم", "عنوان القسم|")]
    [InlineData("- بند |أول", "## بند أول|")]
    public void Subheading_sets_or_takes_off_the_line_marker(string before, string after) =>
        Assert.Equal(after, Marked(ToolbarEdits.Heading(At(before))));

    [Fact]
    public void Numbered_list_numbers_each_selected_line_and_skips_blank_ones() =>
        Assert.Equal("مقدمة\n[1. أول\n2. ثان\n\n3. ثالث]", Marked(ToolbarEdits.Numbers(At("مقدمة\n[أول\n- ثان\n\nثالث]"))));

    [Fact]
    public void Bulleted_list_pressed_twice_gives_back_the_lines() =>
        Assert.Equal("[أول\nثان]", Marked(ToolbarEdits.Bullets(ToolbarEdits.Bullets(At("[أول\nثان]")))));

    [Fact]
    public void A_selection_ending_at_a_line_start_leaves_that_line_alone() =>
        Assert.Equal("[> أول]\nثان", Marked(ToolbarEdits.Quote(At("[أول\n]ثان"))));

    [Fact]
    public void A_quotation_of_two_paragraphs_stays_one_quotation() =>
        Assert.Equal("[> أول\n>\n> ثان]", Marked(ToolbarEdits.Quote(At("[أول\n\nثان]"))));

    [Theory]
    [InlineData("فقرة|تكملة", "فقرة\n\nBLOCK|\n\nتكملة")]
    [InlineData("فقرة\n|", "فقرة\n\nBLOCK|")]
    [InlineData("|", "BLOCK|")]
    [InlineData("أول\n\n|\n\nثان", "أول\n\nBLOCK|\n\nثان")]
    public void A_block_stands_between_blank_lines(string before, string after) =>
        Assert.Equal(after, Marked(ToolbarEdits.Block(At(before), "BLOCK")));

    [Fact]
    public void A_pasted_paragraph_goes_in_the_line_and_pasted_blocks_between_blank_lines()
    {
        Assert.Equal("قال **الوزير**|اليوم", Marked(ToolbarEdits.Paste(At("قال |اليوم"), "**الوزير**")));
        Assert.Equal("قال\n\n## عنوان\n\nنص|\n\nاليوم", Marked(ToolbarEdits.Paste(At("قال|اليوم"), "## عنوان\n\nنص")));
    }

    [Theory]
    [InlineData("https://example.org/خبر", "https://example.org/خبر")]
    [InlineData("www.example.org", "https://www.example.org")]
    [InlineData("mailto:desk@example.org", "mailto:desk@example.org")]
    [InlineData("https://example.org/a_(b)", "https://example.org/a_%28b%29")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("ftp://example.org/f", null)]
    [InlineData("https://exa mple.org", null)]
    [InlineData("", null)]
    public void A_link_takes_web_and_mail_addresses_only(string typed, string? address) =>
        Assert.Equal(address, InsertedLink.Address(typed));

    [Theory]
    [InlineData("زر [موقع الوزارة] اليوم", "زر [موقع الوزارة](https://example.org)| اليوم")]
    [InlineData("زر | اليوم", "زر [https://example.org](https://example.org)| اليوم")]
    public void A_link_wraps_the_selected_words_or_shows_its_address(string before, string after) =>
        Assert.Equal(after, Marked(InsertedLink.Apply(At(before), "https://example.org")));

    [Fact]
    public void A_tweet_is_written_in_the_form_the_body_reads_back_as_a_tweet_card()
    {
        var (markdown, error) = InsertedTweet.Markdown("https://twitter.com/SaudiNews50/status/1234567890?s=20", "عاجل: افتتاح المعرض\nغدًا", "أخبار السعودية");

        Assert.Null(error);
        var tweet = Assert.Single(EditedBody.Read("مقدمة\n\n" + markdown).Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal(("عاجل: افتتاح المعرض\nغدًا", "SaudiNews50", "أخبار السعودية", "https://x.com/SaudiNews50/status/1234567890"),
            (tweet.Text, tweet.Handle, tweet.AuthorName, tweet.Url));
    }

    [Theory]
    [InlineData("https://example.org/SaudiNews50/status/1", "نص", InsertedTweet.NotATweet)]
    [InlineData("javascript:alert(1)", "نص", InsertedTweet.NotATweet)]
    [InlineData("https://x.com/SaudiNews50/status/1", " ", InsertedTweet.NoText)]
    public void A_tweet_needs_its_address_and_its_words(string address, string text, string error) =>
        Assert.Equal((null, error), InsertedTweet.Markdown(address, text, null));
}
